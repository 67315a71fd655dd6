package io.sasil.common.text;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads a reference time (an article's {@code publishedAt}, a parse request's {@code referenceTime})
 * written in ISO 8601, in the first form that fits:
 * <ol>
 *   <li>a date-time with an offset: {@code 2025-02-03T09:00:00+09:00}, {@code 2025-02-03T00:00Z};</li>
 *   <li>a date-time with a region: {@code 2025-02-03T09:00+09:00[Asia/Seoul]};</li>
 *   <li>a local date-time, taken in the default zone: {@code 2025-02-03T09:00};</li>
 *   <li>a date, the start of that day in the default zone: {@code 2025-02-03}.</li>
 * </ol>
 * Null or blank is "no reference time" (null). Anything else, or a value longer than 64 characters,
 * throws {@link DateTimeParseException}.
 */
public final class ReferenceTimes {

    /** Longest value read. */
    public static final int MAX_LENGTH = 64;

    private ReferenceTimes() {
    }

    /** The reference time of {@code value}; null when {@code value} is null or blank. */
    public static OffsetDateTime parse(String value, ZoneId defaultZone) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > MAX_LENGTH) {
            throw new DateTimeParseException("longer than " + MAX_LENGTH + " characters", v.substring(0, MAX_LENGTH), 0);
        }
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return ZonedDateTime.parse(v).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            // next form
        }
        try {
            return LocalDateTime.parse(v).atZone(defaultZone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            // next form
        }
        return LocalDate.parse(v).atStartOfDay(defaultZone).toOffsetDateTime();
    }
}
