package io.sasil.claims.rest;

import io.sasil.common.text.ReferenceTimes;
import io.sasil.common.contract.ClaimType;
import io.sasil.common.problem.ProblemException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/** Checks of request bodies and query parameters; each failure is a 400 (or 413) naming the field. */
final class RequestChecks {

    private RequestChecks() {
    }

    /** A text that is present, not blank and at most {@code maxBytes} of UTF-8. */
    static String text(String text, long maxBytes) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField("text", "must not be blank");
        }
        // a Java char is at most 3 bytes of UTF-8 (a surrogate pair, 2 chars, is 4 bytes)
        if ((long) text.length() * 3 > maxBytes) {
            long bytes = text.getBytes(StandardCharsets.UTF_8).length;
            if (bytes > maxBytes) {
                throw ProblemException.tooLarge(bytes, maxBytes);
            }
        }
        return text;
    }

    /** An ISO 8601 date or date-time ({@link ReferenceTimes}); null when absent. */
    static OffsetDateTime time(String field, String value, ZoneId zone) {
        try {
            return ReferenceTimes.parse(value, zone);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "not an ISO 8601 date or date-time (2025-02-03, "
                    + "2025-02-03T09:00:00+09:00): '" + shorten(value) + "'");
        }
    }

    /**
     * The upper bound of a period, exclusive: a date-time as given, a date the start of the day after
     * it (so {@code to=2025-02-28} includes the 28th).
     */
    static OffsetDateTime until(String field, String value, ZoneId zone) {
        OffsetDateTime t = time(field, value, zone);
        if (t != null && value.strip().length() == 10) {
            return LocalDate.parse(value.strip()).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        }
        return t;
    }

    static Long id(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "not a whole number: '" + shorten(value) + "'");
        }
    }

    static Double number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            double d = Double.parseDouble(value.strip());
            if (!Double.isFinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "not a finite number: '" + shorten(value) + "'");
        }
    }

    static int integer(String field, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(value.strip());
            ProblemException.checkRange(field, v, min, max);
            return v;
        } catch (NumberFormatException e) {
            throw ProblemException.invalidField(field, "not a whole number: '" + shorten(value) + "'");
        }
    }

    static ClaimType type(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ClaimType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("type", "one of " + Arrays.toString(ClaimType.values()) + ", not '"
                    + shorten(value) + "'");
        }
    }

    static String unit(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String u = value.strip().toUpperCase(Locale.ROOT);
        if (u.length() > 32 || !u.chars().allMatch(c -> c >= 'A' && c <= 'Z' || c == '_')) {
            throw ProblemException.invalidField("unit", "a unit such as KRW, USD, PERCENT or DATE, not '"
                    + shorten(value) + "'");
        }
        return u;
    }

    private static String shorten(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
