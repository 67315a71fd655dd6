package io.sasil.ingestion.service;

import io.sasil.common.problem.ProblemException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Parsing of the {@code publishedAt} values clients send. */
public final class Dates {

    /** Korean news is published in Korea: a date or time without an offset is read in this zone. */
    public static final ZoneId NEWSROOM_ZONE = ZoneId.of("Asia/Seoul");

    private Dates() {
    }

    /**
     * Parses {@code 2025-02-03T09:30:00+09:00}, {@code 2025-02-03T09:30:00} (Seoul time) or
     * {@code 2025-02-03} (midnight, Seoul time); null and blank give null.
     *
     * @throws ProblemException 400 naming {@code field} when the value does not parse
     */
    public static OffsetDateTime parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.trim();
        try {
            return OffsetDateTime.parse(v);
        } catch (DateTimeParseException ignored) {
            // try the forms without an offset
        }
        try {
            return LocalDateTime.parse(v).atZone(NEWSROOM_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException ignored) {
            // try a bare date
        }
        try {
            return LocalDate.parse(v).atStartOfDay(NEWSROOM_ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field,
                    "'" + v + "' is not an ISO 8601 date or date-time (2025-02-03 or 2025-02-03T09:30:00+09:00)");
        }
    }
}
