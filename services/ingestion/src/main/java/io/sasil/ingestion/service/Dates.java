package io.sasil.ingestion.service;

import io.sasil.common.problem.ProblemException;
import io.sasil.common.text.ReferenceTimes;
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
     * Parses an ISO 8601 date or date-time by the rules of {@link ReferenceTimes} (the claims
     * service reads reference times the same way), without an offset in Seoul time; null and
     * blank give null.
     *
     * @throws ProblemException 400 naming {@code field} when the value does not parse
     */
    public static OffsetDateTime parse(String value, String field) {
        try {
            return ReferenceTimes.parse(value, NEWSROOM_ZONE);
        } catch (DateTimeParseException e) {
            String shown = value.strip();
            shown = shown.length() > ReferenceTimes.MAX_LENGTH ? shown.substring(0, ReferenceTimes.MAX_LENGTH) + "…" : shown;
            throw ProblemException.invalidField(field, "'" + shown
                    + "' is not an ISO 8601 date or date-time (2025-02-03 or 2025-02-03T09:30:00+09:00)");
        }
    }
}
