package io.sasil.claims.quantity;

import static io.sasil.claims.quantity.TemporalFormat.*;
import static io.sasil.claims.quantity.TemporalGrammar.*;
import static io.sasil.claims.quantity.TemporalResolver.*;

import io.sasil.common.contract.Bound;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Reads one date, time, duration or interval at a position and resolves it against a reference
 * time: the entry of the temporal reading, laid out as Lucene's analysis chains are, one class
 * per concern —
 * <ul>
 *   <li>{@link TemporalGrammar} reads the components of a point in time into a {@link TemporalSpec};</li>
 *   <li>{@link TemporalResolver} anchors the spec to the reference time (and the article's
 *       temporal focus, {@link TemporalFocus});</li>
 *   <li>{@link TemporalFormat} writes the ISO 8601 value at the precision written;</li>
 *   <li>{@link DurationScanner} reads durations and the times they shift to.</li>
 * </ul>
 * This class joins them: the longest of a point or interval ({@code A~B}, {@code A부터 B까지}
 * with the second end inheriting what it leaves out, {@code 오후 2시부터 4시까지} → 14:00/16:00),
 * a duration, and a numeric date ({@code 2015-03-03}, {@code 2025.1.20}, {@code 2/15}); open
 * ranges with a bare first number ({@code 3~5일}); bounds after a point ({@code 이후 부터} →
 * from, {@code 까지} → up to, {@code 이전} → before). Values are ISO 8601 strings
 * ({@code 2025}, {@code 2025-01}, {@code 2025-W07}, {@code 2025-01-20},
 * {@code 2025-02-03T15:00+09:00}, {@code P2Y}, {@code 2019/2020}). Stateless and thread-safe;
 * no regular expressions.
 */
public final class TemporalScanner {

    /**
     * A temporal value read at a position: the UTF-16 end, the normalised value, and the year the
     * expression states in full ({@code 2019년 11월}, {@code 2019-11-03}), null when it states none:
     * that year becomes the temporal focus of the text after it ({@link TemporalFocus}).
     */
    public record Match(int end, String value, String unit, Bound bound, boolean approximate, Integer statedYear) {

        /** A match that states no year. */
        public Match(int end, String value, String unit, Bound bound, boolean approximate) {
            this(end, value, unit, bound, approximate, null);
        }
    }

    private TemporalScanner() {
    }

    // ------------------------------------------------------------------ entry

    /** A temporal expression starting at {@code i}, or null. {@code ref} may be null. */
    public static Match match(String s, int i, OffsetDateTime ref) {
        return match(s, i, ref, null);
    }

    /**
     * A temporal expression starting at {@code i}, or null; a month written without a year takes
     * {@code focusYear} when it is not null (the year of the article's narrative), else the
     * reference's year (see {@link TemporalResolver}).
     */
    public static Match match(String s, int i, OffsetDateTime ref, Integer focusYear) {
        Match best = matchPointOrInterval(s, i, ref, focusYear);
        Match m = DurationScanner.match(s, i, ref);
        best = longer(best, m);
        m = matchNumeric(s, i, ref, focusYear);
        best = longer(best, m);
        m = Decades.match(s, i);
        best = longer(best, m);
        m = Recurrences.match(s, i);
        return longer(best, m);
    }

    private static Match longer(Match a, Match b) {
        if (b == null) {
            return a;
        }
        return a == null || b.end() > a.end() ? b : a;
    }

    // ------------------------------------------------------------------ points and intervals

    private static Match matchPointOrInterval(String s, int i, OffsetDateTime ref, Integer focusYear) {
        TemporalSpec a = parseSpec(s, i);
        if (a == null) {
            return openRange(s, i, ref, focusYear);
        }
        int q = a.end;
        // interval continuation
        int r = ws(s, q);
        int sep = word(s, r, "~", "∼", "～", "〜", "-", "–", "부터", "에서");
        if (sep > 0) {
            int t = ws(s, sep);
            TemporalSpec b = parseSpec(s, t);
            if (b != null && !b.now) {
                inherit(b, a);
                Resolved ra = resolve(a, ref, focusYear);
                Resolved rb = resolve(b, ref, focusYear);
                if (ra != null && rb != null && ra.interval() == null && rb.interval() == null) {
                    int end = b.end;
                    int k = word(s, end, "까지");
                    if (k > 0) {
                        end = k;
                    }
                    String v = format(ra, ref) + "/" + format(rb, ref);
                    return new Match(end, v, Units.INTERVAL, null, false);
                }
            }
        }
        Resolved ra = resolve(a, ref, focusYear);
        if (ra == null) {
            return null;
        }
        Bound bound = null;
        int end = q;
        int t = ws(s, q);
        int k;
        if ((k = word(s, t, "이후", "부터", "以後")) > 0) {
            bound = Bound.MIN_INCLUSIVE;
            end = k;
        } else if ((k = word(s, t, "까지")) > 0) {
            bound = Bound.MAX_INCLUSIVE;
            end = k;
        } else if ((k = word(s, t, "이전")) > 0 || (a.hour != null && (k = word(s, t, "전")) > 0 && !hangulAt(s, k))) {
            bound = Bound.MAX_EXCLUSIVE;
            end = k;
        } else if (a.hour != null && (k = word(s, t, "후")) > 0 && !hangulAt(s, k)) {
            bound = Bound.MIN_EXCLUSIVE;
            end = k;
        }
        Integer stated = a.year != null && a.month != null && bound == null ? a.year : null;
        return new Match(end, format(ra, ref), unitOf(ra), bound, false, stated);
    }

    /** 2019~2020년, 3~5일, 7-8월: a bare number takes the field of the date after the separator. */
    private static Match openRange(String s, int i, OffsetDateTime ref, Integer focusYear) {
        NumberToken n = num(s, i, false);
        int v = intOf(n);
        if (n == null || v < 0) {
            return null;
        }
        int r = ws(s, n.end());
        int sep = word(s, r, "~", "∼", "～", "〜", "-", "–");
        if (sep < 0) {
            return null;
        }
        TemporalSpec b = parseSpec(s, ws(s, sep));
        if (b == null) {
            return null;
        }
        TemporalSpec a = new TemporalSpec();
        if (b.year != null && b.month == null && b.day == null && b.hour == null && v >= 1000) {
            a.year = v;
        } else if (b.month != null && b.day == null && b.year == null && b.hour == null && v >= 1 && v <= 12) {
            a.month = v;
            a.yearRel = b.yearRel;
        } else if (b.day != null && b.hour == null && v >= 1 && v <= 31) {
            a.day = v;
            a.month = b.month;
            a.year = b.year;
            a.yearRel = b.yearRel;
            a.dayDir = b.dayDir;
        } else {
            return null;
        }
        Resolved ra = resolve(a, ref, focusYear);
        Resolved rb = resolve(b, ref, focusYear);
        if (ra == null || rb == null || ra.interval() != null || rb.interval() != null) {
            return null;
        }
        return new Match(b.end, format(ra, ref) + "/" + format(rb, ref), Units.INTERVAL, null, false);
    }

    private static void inherit(TemporalSpec b, TemporalSpec a) {
        boolean bHasDate = b.year != null || b.yearRel != null || b.month != null || b.day != null;
        if (b.year == null && b.yearRel == null && (b.month != null || b.day != null)) {
            b.year = a.year;
            b.yearRel = a.yearRel;
        }
        if (b.month == null && b.monthRel == null && b.day != null) {
            b.month = a.month;
            b.monthRel = a.monthRel;
        }
        if (!bHasDate && b.weekday == null && b.dayRel == null && b.hour != null) {
            b.year = a.year;
            b.yearRel = a.yearRel;
            b.month = a.month;
            b.day = a.day;
            b.dayRel = a.dayRel;
            b.weekday = a.weekday;
            b.weekdayDir = a.weekdayDir;
            b.weekRel = a.weekRel;
            if (b.pm == null && b.partOfDay == null) {
                b.pm = a.pm;
            }
        }
    }

    // ------------------------------------------------------------------ numeric dates

    /** 2015-03-03, 2015-3-3, 2015/3/3, 74/10/31, 2025.1.20, 2/15, 2023-05. */
    private static Match matchNumeric(String s, int i, OffsetDateTime ref, Integer focusYear) {
        if (i >= s.length() || !KoreanNumberScanner.isDigit(s.charAt(i)) || i > 0 && KoreanNumberScanner.isDigit(s.charAt(i - 1))) {
            return null;
        }
        int[] parts = new int[3];
        int[] lens = new int[3];
        int n = 0;
        int p = i;
        char sepChar = 0;
        while (n < 3) {
            int v = 0;
            int st = p;
            while (p < s.length() && p - st < 4 && KoreanNumberScanner.isDigit(s.charAt(p))) {
                v = v * 10 + s.charAt(p++) - '0';
            }
            if (p == st || p < s.length() && KoreanNumberScanner.isDigit(s.charAt(p))) {
                return null;
            }
            parts[n] = v;
            lens[n] = p - st;
            n++;
            if (n < 3 && p + 1 < s.length() && (s.charAt(p) == '-' || s.charAt(p) == '/' || s.charAt(p) == '.')
                    && (sepChar == 0 || sepChar == s.charAt(p)) && KoreanNumberScanner.isDigit(s.charAt(p + 1))) {
                sepChar = s.charAt(p);
                p++;
            } else {
                break;
            }
        }
        if (n < 2) {
            return null;
        }
        if (sepChar == '.' && n == 3 && p < s.length() && s.charAt(p) == '.') {
            p++;
        }
        if (p < s.length() && (KoreanNumberScanner.isDigit(s.charAt(p)) || UnitLexicon.isAsciiLetter(s.charAt(p))
                || s.charAt(p) == '%')) {
            return null;
        }
        OffsetDateTime r = ref == null ? NO_REF : ref;
        try {
            if (n == 3) {
                int y = parts[0];
                if (lens[0] == 2) {
                    y = y < 50 ? 2000 + y : 1900 + y;
                } else if (lens[0] != 4) {
                    return null;
                }
                LocalDate d = LocalDate.of(y, parts[1], parts[2]);
                return new Match(p, d.toString(), Units.DATE, null, false);
            }
            if (lens[0] == 4 && (sepChar == '-' || sepChar == '.') && parts[1] >= 1 && parts[1] <= 12 && lens[1] <= 2) {
                if (sepChar == '.' && lens[1] == 1 && !(p < s.length() && s.charAt(p) == '.')) {
                    return null;   // 2025.1 is a decimal number
                }
                return new Match(p, String.format("%04d-%02d", parts[0], parts[1]), Units.DATE, null, false);
            }
            if (sepChar == '/' && parts[0] < parts[1] && parts[1] < 10) {
                return null;   // 3/4: a proper fraction with a one-digit denominator, not a month and day
            }
            if (sepChar == '/' && lens[0] <= 2 && lens[1] <= 2 && parts[0] >= 1 && parts[0] <= 12) {
                if (ref == null) {
                    LocalDate.of(2000, parts[0], parts[1]);
                    return new Match(p, String.format("--%02d-%02d", parts[0], parts[1]), Units.DATE, null, false);
                }
                LocalDate d = LocalDate.of(r.getYear(), parts[0], parts[1]);
                // 4/25 오후4시에
                TemporalSpec sp = new TemporalSpec();
                int q = ws(s, p);
                int k = word(s, q, "오전", "오후", "아침", "저녁", "밤");
                if (k > 0) {
                    sp.partOfDay = s.substring(q, k);
                    q = ws(s, k);
                }
                if (parseTime(s, q, sp)) {
                    sp.year = d.getYear();
                    sp.month = d.getMonthValue();
                    sp.day = d.getDayOfMonth();
                    Resolved rs = resolve(sp, ref, focusYear);
                    if (rs != null) {
                        return new Match(sp.end, format(rs, ref), unitOf(rs), null, false);
                    }
                }
                return new Match(p, d.toString(), Units.DATE, null, false);
            }
        } catch (java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
