package io.sasil.reporting.check;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * An ISO 8601 date at its stated precision, as the range of days it covers: {@code 2023} → 2023-01-01..2023-12-31,
 * {@code 2023-05} → May 2023, {@code 2023-05-04} → that day. Date-times keep only their local date; an interval
 * {@code start/end} covers from the first day of its start to the last day of its end.
 *
 * @param first     first day covered
 * @param last      last day covered, inclusive
 * @param precision {@link #YEAR}, {@link #MONTH} or {@link #DAY}
 */
public record DateRange(LocalDate first, LocalDate last, int precision) {

    public static final int YEAR = 1;
    public static final int MONTH = 2;
    public static final int DAY = 3;

    /** Parses a DATE, DATETIME or INTERVAL value; empty for anything else. */
    public static Optional<DateRange> parse(Object value) {
        if (!(value instanceof String s) || s.isBlank() || s.length() > 64) {
            return Optional.empty();
        }
        String text = s.trim();
        int slash = text.indexOf('/');
        if (slash > 0) {
            Optional<DateRange> a = parse(text.substring(0, slash));
            Optional<DateRange> b = parse(text.substring(slash + 1));
            if (a.isPresent() && b.isPresent() && !b.get().last.isBefore(a.get().first)) {
                return Optional.of(new DateRange(a.get().first, b.get().last,
                        Math.min(a.get().precision, b.get().precision)));
            }
            return Optional.empty();
        }
        try {
            if (text.indexOf('T') > 0) {
                LocalDate d = text.length() > 16 || text.contains("+") || text.endsWith("Z")
                        ? OffsetDateTime.parse(text).toLocalDate()
                        : LocalDate.parse(text.substring(0, text.indexOf('T')));
                return Optional.of(new DateRange(d, d, DAY));
            }
            if (text.length() == 4 && isDigits(text)) {
                int y = Integer.parseInt(text);
                return Optional.of(new DateRange(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), YEAR));
            }
            if (text.length() == 7) {
                YearMonth ym = YearMonth.parse(text);
                return Optional.of(new DateRange(ym.atDay(1), ym.atEndOfMonth(), MONTH));
            }
            if (text.length() == 10) {
                LocalDate d = LocalDate.parse(text);
                return Optional.of(new DateRange(d, d, DAY));
            }
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static boolean isDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** This range written at a coarser (or equal) precision: {@code 2023-05-04} at YEAR → {@code 2023}. */
    public String atPrecision(int p) {
        return switch (Math.min(p, precision)) {
            case YEAR -> String.valueOf(first.getYear());
            case MONTH -> YearMonth.from(first).toString();
            default -> first.toString();
        };
    }

    /**
     * Whether two stated dates agree at the coarser of their two precisions ({@code 2023} and {@code 2023-05}
     * agree; {@code 2023-04} and {@code 2023-05} do not). Ranges that span several units (intervals) agree when
     * they overlap.
     */
    public boolean agreesWith(DateRange other) {
        int p = Math.min(precision, other.precision);
        boolean single = isSingleUnit() && other.isSingleUnit();
        if (single) {
            return atPrecision(p).equals(other.atPrecision(p));
        }
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    private boolean isSingleUnit() {
        return switch (precision) {
            case YEAR -> first.getYear() == last.getYear();
            case MONTH -> YearMonth.from(first).equals(YearMonth.from(last));
            default -> first.equals(last);
        };
    }

    @Override
    public String toString() {
        return first.equals(last) || isSingleUnit() ? atPrecision(precision) : atPrecision(precision) + "/" + last;
    }
}
