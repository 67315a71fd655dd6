package io.sasil.ingestion.service;

import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.ReferenceTimes;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Parsing of the {@code publishedAt} values clients send. */
public final class Dates {

    private static final Pattern WITH_OFFSET = Pattern.compile(
            ".*[Tt]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:[Zz]|[+-]\\d{2}(?::?\\d{2})?)(?:\\[.+])?");

    private Dates() {
    }

    /**
     * Parses an ISO 8601 date or date-time by the rules of {@link ReferenceTimes} (the claims
     * service reads reference times the same way), without an offset in {@code zone}; null and
     * blank give null.
     *
     * @throws ProblemException 400 naming {@code field} when the value does not parse
     */
    public static OffsetDateTime parse(String value, String field, ZoneId zone) {
        try {
            return ReferenceTimes.parse(value, zone);
        } catch (DateTimeParseException e) {
            String shown = value.strip();
            shown = shown.length() > ReferenceTimes.MAX_LENGTH ? shown.substring(0, ReferenceTimes.MAX_LENGTH) + "…" : shown;
            throw ProblemException.invalidField(field, "'" + shown
                    + "' is not an ISO 8601 date or date-time (2025-02-03 or 2025-02-03T09:30:00+09:00)");
        }
    }

    /** Whether an ISO 8601 value states its offset ({@code Z}, {@code +09:00}, a region). */
    public static boolean statesOffset(String value) {
        return value != null && WITH_OFFSET.matcher(value.strip()).matches();
    }
}
