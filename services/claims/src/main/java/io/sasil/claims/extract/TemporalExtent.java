package io.sasil.claims.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * The calendar days a temporal quantity covers, {@code [start, end)}, so stored dates can be queried
 * by range. The value is an ISO 8601 string as {@link io.sasil.claims.quantity.QuantityParser} writes
 * it:
 * <ul>
 *   <li>{@code 2025} → the year; {@code 2025-02} → the month; {@code 2025-02-03} → the day;</li>
 *   <li>{@code 2025-W06} → the ISO week, Monday to Sunday;</li>
 *   <li>{@code 2025-02-03T15:00+09:00} → the day of the local date as written (the offset is the
 *       article's own);</li>
 *   <li>{@code A/B} → from the start of {@code A} to the end of {@code B} (an interval whose end is
 *       before its start has no extent);</li>
 *   <li>no extent: durations ({@code P2Y}), dates without a year ({@code --01-20}), anything else.</li>
 * </ul>
 * Inputs longer than 100 characters are not read.
 */
public record TemporalExtent(LocalDate start, LocalDate end) {

    /** The extent of {@code iso}, or empty when it names no calendar period. */
    public static Optional<TemporalExtent> of(String iso) {
        if (iso == null || iso.isEmpty() || iso.length() > 100 || iso.startsWith("P") || iso.startsWith("--")) {
            return Optional.empty();
        }
        int slash = iso.indexOf('/');
        if (slash >= 0) {
            Optional<TemporalExtent> a = single(iso.substring(0, slash));
            Optional<TemporalExtent> b = single(iso.substring(slash + 1));
            if (a.isEmpty() || b.isEmpty() || b.get().end().isBefore(a.get().start())
                    || !b.get().end().isAfter(a.get().start())) {
                return Optional.empty();
            }
            return Optional.of(new TemporalExtent(a.get().start(), b.get().end()));
        }
        return single(iso);
    }

    private static Optional<TemporalExtent> single(String v) {
        try {
            if (v.contains("T")) {
                LocalDate d = LocalDate.parse(v.substring(0, v.indexOf('T')));
                return Optional.of(new TemporalExtent(d, d.plusDays(1)));
            }
            if (v.matches("\\d{4}")) {
                LocalDate d = LocalDate.of(Integer.parseInt(v), 1, 1);
                return Optional.of(new TemporalExtent(d, d.plusYears(1)));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v + "-01");
                return Optional.of(new TemporalExtent(d, d.plusMonths(1)));
            }
            if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(v);
                return Optional.of(new TemporalExtent(d, d.plusDays(1)));
            }
            if (v.matches("\\d{4}-W\\d{2}")) {
                int year = Integer.parseInt(v.substring(0, 4));
                int week = Integer.parseInt(v.substring(6));
                LocalDate d = LocalDate.of(year, 1, 4).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return Optional.of(new TemporalExtent(d, d.plusWeeks(1)));
            }
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
