package io.sasil.claims.quantity;

import static io.sasil.claims.quantity.TemporalGrammar.*;
import static io.sasil.claims.quantity.TemporalResolver.*;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.IsoFields;

/**
 * Writes resolved temporal values as ISO 8601 at the precision written: {@code 2025} (year),
 * {@code 2025-01} (month or quarter start), {@code 2025-W07} (week), {@code 2025-01-20} (day),
 * {@code 2025-02-03T15:00+09:00} (hour and minute, with the reference's offset),
 * {@code …T15:00:05+09:00} (second); and names the unit of a value: DATE, DATETIME or INTERVAL.
 * Stateless and thread-safe.
 */
final class TemporalFormat {

    private TemporalFormat() {
    }

    /** The precision of a resolved value. */
    enum Grain { SECOND, MINUTE, HOUR, DAY, WEEK, MONTH, QUARTER, YEAR }

    static String unitOf(Resolved r) {
        if (r.interval() != null) {
            if (r.interval().startsWith("REF")) {
                return r.grain().compareTo(Grain.HOUR) <= 0 ? Units.DATETIME : Units.DATE;
            }
            return r.interval().startsWith("--") ? Units.DATE : Units.INTERVAL;
        }
        return switch (r.grain()) {
            case SECOND, MINUTE, HOUR -> Units.DATETIME;
            default -> Units.DATE;
        };
    }

    static String format(Resolved r, OffsetDateTime ref) {
        return r.interval() != null ? r.interval() : fmt(r.start(), r.grain(), ref == null ? NO_REF : ref);
    }

    static String fmt(LocalDateTime t, Grain g, OffsetDateTime ref) {
        String off = ref.getOffset().getId();
        return switch (g) {
            case YEAR -> String.format("%04d", t.getYear());
            case QUARTER, MONTH -> String.format("%04d-%02d", t.getYear(), t.getMonthValue());
            case WEEK -> String.format("%04d-W%02d", t.get(IsoFields.WEEK_BASED_YEAR), t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case DAY -> t.toLocalDate().toString();
            case HOUR, MINUTE -> String.format("%sT%02d:%02d%s", t.toLocalDate(), t.getHour(), t.getMinute(), off);
            case SECOND -> String.format("%sT%02d:%02d:%02d%s", t.toLocalDate(), t.getHour(), t.getMinute(), t.getSecond(), off);
        };
    }
}
