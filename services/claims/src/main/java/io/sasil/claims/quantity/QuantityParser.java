package io.sasil.claims.quantity;

import io.sasil.common.contract.Bound;
import io.sasil.common.text.CodePoints;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds and normalises the quantities of a Korean text: numbers with their units (money as ISO
 * 4217, percentages, percentage points, people, counters, ages, ranks, ordinals, SI measures),
 * dates, times, durations and intervals resolved against a reference time, with the modifiers
 * that make them approximate or bounds. "Duckling for Korean".
 *
 * <p>The text is scanned once from left to right. At each position that may start a quantity
 * (a digit, a numeral syllable at the start of a word, a currency sign, a time word), an
 * optional prefix modifier ({@link QuantityModifiers}) is read, then the longest of a temporal
 * reading ({@link TemporalScanner}) and a measure reading (a number from
 * {@link KoreanNumberScanner}, a unit from {@link UnitLexicon}, an optional range
 * {@code A~B}), then suffix modifiers. A match is taken and scanning resumes after it, so
 * results never overlap and come in text order.
 *
 * <p>Guards against false numbers: a Korean numeral word must begin a word (the syllable before
 * it is not Hangul); a native numeral ({@code 두}, {@code 세}) needs a counter; a bare
 * Sino-Korean word without unit needs three syllables and a magnitude ({@code 삼십오}) unless
 * it is the whole input; digits right after a Latin letter ({@code G20}) are not read.
 * {@code 포인트} after a percentage in the same sentence is {@link Units#PERCENT_POINT}.
 *
 * <p>Offsets of the results are code point indices. Instances are immutable and thread-safe.
 */
public final class QuantityParser {

    private static final MathContext MC = MathContext.DECIMAL64;

    /** Parses {@code text}; {@code referenceTime} may be null (then relative dates are skipped). */
    public List<Quantity> parse(String text, OffsetDateTime referenceTime) {
        List<Quantity> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        CodePoints.Index index = CodePoints.index(text);
        String lastUnit = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '.' && !(i > 0 && i + 1 < n && isDigit(text.charAt(i - 1)) && isDigit(text.charAt(i + 1)))
                    || c == '!' || c == '?' || c == '\n') {
                lastUnit = null;
            }
            if (!mayStart(text, i)) {
                i++;
                continue;
            }
            Found f = at(text, i, referenceTime, lastUnit);
            if (f == null) {
                i++;
                continue;
            }
            out.add(new Quantity(index.toCodePoint(i), index.toCodePoint(f.end), text.substring(i, f.end), f.number,
                    f.temporal, f.unit, f.counter, f.approximate, f.bound, f.to));
            if (f.unit != null && !f.unit.equals(Units.NUMBER)) {
                lastUnit = f.unit;
            }
            i = f.end;
        }
        return out;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean hangul(char c) {
        return c >= '가' && c <= '힣';
    }

    private static boolean mayStart(String s, int i) {
        char c = s.charAt(i);
        if (isDigit(c)) {
            if (i > 0 && (isDigit(s.charAt(i - 1)) || UnitLexicon.isAsciiLetter(s.charAt(i - 1))
                    || s.charAt(i - 1) == '.' && i > 1 && isDigit(s.charAt(i - 2)))) {
                return false;
            }
            return !(i > 1 && s.charAt(i - 1) == '-' && UnitLexicon.isAsciiLetter(s.charAt(i - 2)));
        }
        if (hangul(c)) {
            return i == 0 || !hangul(s.charAt(i - 1));
        }
        return c == '$' || c == '₩' || c == '€' || c == '£' || c == '¥' || c == '￦' || c == '-' || c == '−'
                || c == 'U' || c == 'E' || c == 'K' || c == 'J' || c == 'G' || c == 'C' || c == '\'' || c == '’';
    }

    /** A quantity read at a position (UTF-16 end). */
    private record Found(int end, BigDecimal number, String temporal, String unit, String counter, boolean approximate,
            Bound bound, BigDecimal to) {
    }

    private Found at(String s, int i, OffsetDateTime ref, String lastUnit) {
        boolean approx = false;
        Bound bound = null;
        int j = i;
        QuantityModifiers.Modifier pre = QuantityModifiers.prefix(s, i);
        if (pre != null) {
            approx = pre.approximate();
            bound = pre.bound();
            j = pre.end();
        }
        TemporalScanner.Match t = TemporalScanner.match(s, j, ref);
        Found m = measure(s, j, lastUnit, i);
        Found f;
        if (t != null && (m == null || t.end() >= m.end)) {
            f = new Found(t.end(), null, t.value(), t.unit(), null, t.approximate(), t.bound(), null);
        } else {
            f = m;
        }
        if (f == null) {
            return null;
        }
        approx |= f.approximate;
        if (bound == null) {
            bound = f.bound;
        }
        int end = f.end;
        boolean suffixOk = f.temporal == null || Units.DURATION.equals(f.unit);
        for (int k = 0; k < 2 && suffixOk; k++) {
            QuantityModifiers.Modifier suf = QuantityModifiers.suffix(s, end);
            if (suf == null) {
                break;
            }
            approx |= suf.approximate();
            if (suf.bound() != null) {
                bound = suf.bound();
            }
            end = suf.end();
        }
        return new Found(end, f.number, f.temporal, f.unit, f.counter, approx, bound, f.to);
    }

    private static final String[] CURRENCY_PREFIX = {"US$", "$", "₩", "￦", "€", "£", "¥", "USD", "EUR", "KRW", "JPY", "GBP",
        "CNY"};

    /** A number with its unit (or a money amount with a currency prefix) at {@code j}. */
    private Found measure(String s, int j, String lastUnit, int spanStart) {
        // currency written before the number
        for (String cp : CURRENCY_PREFIX) {
            if (s.startsWith(cp, j)) {
                int p = j + cp.length();
                if (p < s.length() && s.charAt(p) == ' ') {
                    p++;
                }
                NumberToken n = KoreanNumberScanner.scan(s, p);
                if (n != null && n.digits()) {
                    UnitLexicon.Entry e = UnitLexicon.match(s, cp.equals("US$") ? j + 2 : j);
                    if (e == null) {
                        return null;
                    }
                    return new Found(n.end(), n.value(), null, e.unit(), null, false, null, null);
                }
                return null;
            }
        }
        if (s.startsWith("절반", j)) {
            return new Found(j + 2, new BigDecimal("0.5"), null, Units.RATIO, null, false, null, null);
        }
        if (s.startsWith("반 ", j) || s.startsWith("반리터", j)) {
            int q = s.charAt(j + 1) == ' ' ? j + 2 : j + 1;
            UnitLexicon.Entry e = UnitLexicon.match(s, q);
            if (e != null && !e.unit().equals(Units.COUNT) && e.surface().length() >= 2) {
                return new Found(q + e.surface().length(), new BigDecimal("0.5").multiply(e.factor()), null, e.unit(), null,
                        false, null, null);
            }
            return null;
        }
        if (s.startsWith("제", j) && j + 1 < s.length() && isDigit(s.charAt(j + 1))) {
            NumberToken ord = KoreanNumberScanner.scanUnsigned(s, j + 1);   // 제3자, 제1원전: an ordinal
            return ord == null || !ord.integral() ? null
                    : new Found(ord.end(), ord.value(), null, Units.ORDINAL, null, false, null, null);
        }
        if (s.startsWith("첫", j)) {
            int f = j + 1 < s.length() && s.charAt(j + 1) == ' ' ? j + 2 : j + 1;
            int k = s.startsWith("번째", f) ? f + 2 : s.startsWith("째", f) ? f + 1 : -1;
            return k < 0 ? null : new Found(k, BigDecimal.ONE, null, Units.ORDINAL, null, false, null, null);
        }
        boolean approx = false;
        BigDecimal sign = BigDecimal.ONE;
        String scale = null;
        int p0 = j;
        if (s.startsWith("영하", j) || s.startsWith("영상", j) || s.startsWith("섭씨", j) || s.startsWith("화씨", j)) {
            String w = s.substring(j, j + 2);
            sign = w.equals("영하") ? BigDecimal.ONE.negate() : BigDecimal.ONE;
            scale = w.equals("화씨") ? Units.FAHRENHEIT : Units.CELSIUS;
            p0 = j + 2 < s.length() && s.charAt(j + 2) == ' ' ? j + 3 : j + 2;
        }
        NumberToken n;
        if (s.startsWith("수", p0) && p0 + 1 < s.length() && (KoreanNumberScanner.smallMagnitude(s.charAt(p0 + 1)) > 0
                || KoreanNumberScanner.largeMagnitudeExponent(s.charAt(p0 + 1)) > 0)) {
            // 수십, 수백만, 수십억: "several" — the magnitude itself, approximate
            BigDecimal v = BigDecimal.ONE;
            int p = p0 + 1;
            while (p < s.length() && (KoreanNumberScanner.smallMagnitude(s.charAt(p)) > 0
                    || KoreanNumberScanner.largeMagnitudeExponent(s.charAt(p)) > 0) && p - p0 < 4) {
                int sm = KoreanNumberScanner.smallMagnitude(s.charAt(p));
                v = sm > 0 ? v.multiply(BigDecimal.valueOf(sm))
                        : v.scaleByPowerOfTen(KoreanNumberScanner.largeMagnitudeExponent(s.charAt(p)));
                p++;
            }
            n = new NumberToken(v, p0, p, false, false);
            approx = true;
        } else {
            n = KoreanNumberScanner.scan(s, p0);
        }
        if (n == null) {
            return null;
        }
        if (n.value().signum() < 0 && !s.startsWith("마이", p0) && p0 > 0 && s.charAt(p0) == '-'
                && (p0 > 0 && s.charAt(p0 - 1) == ' ' && p0 > 1 && isDigit(s.charAt(p0 - 2)))) {
            return null;
        }
        int p = n.end();
        // fraction: 10분의 1, 사분의삼
        if (s.startsWith("분의", p) || s.startsWith("분 의", p)) {
            int q = s.startsWith("분의", p) ? p + 2 : p + 3;
            if (q < s.length() && s.charAt(q) == ' ') {
                q++;
            }
            NumberToken num = KoreanNumberScanner.scan(s, q);
            if (num != null && n.value().signum() != 0) {
                BigDecimal v = num.value().divide(n.value(), MC).stripTrailingZeros();
                return new Found(num.end(), plain(v), null, Units.RATIO, null, false, null, null);
            }
            return null;
        }
        if (p < s.length() && s.charAt(p) == '여' && (p + 1 >= s.length() || s.charAt(p + 1) == ' '
                || UnitLexicon.match(s, p + 1) != null)) {
            approx = true;
            p++;
        }
        Unit u = unitAt(s, p, n);
        BigDecimal value = n.value().multiply(sign);
        BigDecimal to = null;
        int end = u != null ? u.end : n.end();
        if (approx && u == null) {
            end = p;
        }
        // cents after a dollar amount: 이달러이십삼센트
        if (u != null && u.entry.unit().equals("USD") && !u.entry.surface().equals("센트")) {
            NumberToken c = KoreanNumberScanner.scan(s, u.end);
            if (c != null) {
                Unit cu = unitAt(s, c.end(), c);
                if (cu != null && cu.entry.surface().equals("센트")) {
                    value = value.add(c.value().multiply(cu.entry.factor()));
                    end = cu.end;
                    return new Found(end, plain(value), null, "USD", null, approx, null, null);
                }
            }
        }
        // range A~B unit, A unit - B unit
        int r = end < s.length() && s.charAt(end) == ' ' ? end + 1 : end;
        if (r < s.length() && "~∼～〜-–".indexOf(s.charAt(r)) >= 0) {
            int q = r + 1 < s.length() && s.charAt(r + 1) == ' ' ? r + 2 : r + 1;
            NumberToken n2 = KoreanNumberScanner.scanUnsigned(s, q);
            if (n2 != null && (n2.digits() == n.digits() || !n2.nativeWord())) {
                Unit u2 = unitAt(s, n2.end(), n2);
                if (u2 != null && (u == null || u.entry.unit().equals(u2.entry.unit()))) {
                    UnitLexicon.Entry e = u2.entry;
                    BigDecimal f1 = u != null ? u.entry.factor() : e.factor();
                    return new Found(u2.end, plain(value.multiply(f1)), null, unitFor(e, lastUnit), counterOf(e), approx,
                            null, plain(n2.value().multiply(e.factor())));
                }
            }
        }
        if (u == null) {
            if (!n.digits() && !wholeInput(s, spanStart, end)) {
                boolean hasMag = false;
                for (int k = n.start(); k < n.end(); k++) {
                    char c = s.charAt(k);
                    hasMag |= KoreanNumberScanner.smallMagnitude(c) > 0 || KoreanNumberScanner.largeMagnitudeExponent(c) > 0;
                }
                if (n.nativeWord() || n.length() < 3 || !hasMag || end < s.length() && hangul(s.charAt(end))) {
                    return null;
                }
            }
            if (n.digits() && end < s.length() && UnitLexicon.isAsciiLetter(s.charAt(end))) {
                return null;   // 5G, 3D
            }
            if (scale != null) {
                return new Found(end, plain(value), null, scale, null, approx, null, null);
            }
            return new Found(end, plain(value), null, Units.NUMBER, null, approx, null, null);
        }
        UnitLexicon.Entry e = u.entry;
        if (!wordEndsAfterUnit(s, u) && n.digits() && scale == null) {
            return new Found(n.end(), plain(value), null, Units.NUMBER, null, approx, null, null);   // 7호선, 3원칙
        }
        if (!wordEndsAfterUnit(s, u) || !n.digits() && !n.nativeWord() && n.length() <= 2 && e.surface().length() == 1
                && hangul(e.surface().charAt(0)) && s.charAt(n.end()) != ' '
                && (e.unit().equals(Units.COUNT) || e.unit().equals(Units.PERSON) || e.unit().equals(Units.AGE_YEARS))
                && !wholeInput(s, spanStart, u.end)) {
            return null;   // 한 대형마트, 세 부담, 3원칙, 구조대: the counter begins a longer word
        }
        if (!n.digits() && !n.nativeWord() && n.length() == 1 && !wholeInput(s, spanStart, u.end)
                && !oneSyllableNumberWithUnit(s, n, u)) {
            return null;
        }
        String unit = unitFor(e, lastUnit);
        if (scale != null && (unit.equals(Units.DEGREE) || unit.equals(Units.CELSIUS) || unit.equals(Units.FAHRENHEIT))) {
            unit = unit.equals(Units.DEGREE) ? scale : unit;
        } else if (scale != null && !scale.equals(Units.CELSIUS)) {
            return null;
        }
        BigDecimal v = value.multiply(e.factor());
        if (unit.equals(Units.BIRTH_YEAR) && v.compareTo(BigDecimal.valueOf(100)) < 0 && v.signum() >= 0) {
            v = v.add(BigDecimal.valueOf(v.intValue() < 30 ? 2000 : 1900));
        }
        return new Found(u.end, plain(v), null, unit, unit.equals(Units.COUNT) ? counterOf(e) : null, approx, null, null);
    }

    /**
     * A one-syllable Sino-Korean numeral (이, 사, 백, 만 …) plus a unit is usually a word (이번, 사건,
     * 만회, 천장). It is read only when the numeral is a magnitude (십 백 천 만 억), the unit is money
     * or a measure (or, after a space, a counter: {@code 만 명}), and no other syllable follows the
     * unit except a particle.
     */
    private static boolean oneSyllableNumberWithUnit(String s, NumberToken n, Unit u) {
        char c = s.charAt(n.start());
        if (KoreanNumberScanner.smallMagnitude(c) == 0 && KoreanNumberScanner.largeMagnitudeExponent(c) == 0) {
            return false;
        }
        String unit = u.entry.unit();
        boolean spaced = n.end() < s.length() && s.charAt(n.end()) == ' ';
        boolean counted = unit.equals(Units.COUNT) || unit.equals(Units.PERSON);
        if (counted && !spaced || unit.equals(Units.AGE_YEARS) || unit.equals(Units.RANK) || unit.equals(Units.ORDINAL)
                || unit.equals(Units.DEGREE) || unit.equals(Units.BIRTH_YEAR) || unit.equals(Units.RATIO)) {
            return false;
        }
        int after = u.end;
        return after >= s.length() || !hangul(s.charAt(after)) || "을를이가은는에의도로과와만".indexOf(s.charAt(after)) >= 0
                || KoreanNumberScanner.scan(s, after) != null;
    }

    /** Syllables that may follow a one-syllable Hangul unit: particles and quantity suffixes. */
    static final String AFTER_UNIT = "을를이가은는에의도로으과와만씩째당쯤께까부밖보서권대여간동전후뒤안내초말중인입였일짜번뿐꼴다라며요";

    /**
     * A one-syllable Hangul unit must end its word: what follows is no syllable, a particle or
     * quantity suffix ({@link #AFTER_UNIT}), or another number ({@code 이달러이십삼센트}).
     */
    private static boolean wordEndsAfterUnit(String s, Unit u) {
        String surface = u.entry.surface();
        if (surface.length() != 1 || !hangul(surface.charAt(0)) || u.end >= s.length() || !hangul(s.charAt(u.end))) {
            return true;
        }
        return AFTER_UNIT.indexOf(s.charAt(u.end)) >= 0 || KoreanNumberScanner.scan(s, u.end) != null;
    }

    private static String counterOf(UnitLexicon.Entry e) {
        return e.counter();
    }

    private static String unitFor(UnitLexicon.Entry e, String lastUnit) {
        if ("포인트".equals(e.surface()) && (Units.PERCENT.equals(lastUnit) || Units.PERCENT_POINT.equals(lastUnit))) {
            return Units.PERCENT_POINT;
        }
        return e.unit();
    }

    private static boolean wholeInput(String s, int start, int end) {
        for (int k = 0; k < start; k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        for (int k = end; k < s.length(); k++) {
            if (!Character.isWhitespace(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private record Unit(UnitLexicon.Entry entry, int end) {
    }

    /** The unit after a number: glued, or after one space. */
    private static Unit unitAt(String s, int p, NumberToken n) {
        UnitLexicon.Entry e = UnitLexicon.match(s, p);
        if (e != null && acceptable(e, n, false)) {
            return new Unit(e, p + e.surface().length());
        }
        if (p < s.length() && s.charAt(p) == ' ') {
            e = UnitLexicon.match(s, p + 1);
            if (e != null && acceptable(e, n, true)) {
                return new Unit(e, p + 1 + e.surface().length());
            }
        }
        return null;
    }

    private static boolean acceptable(UnitLexicon.Entry e, NumberToken n, boolean spaced) {
        String u = e.surface();
        boolean hangulUnit = hangul(u.charAt(0));
        if (n.nativeWord() && !n.digits()) {
            if (!hangulUnit) {
                return false;
            }
            if (!spaced && !UnitLexicon.gluedToNative(u) && !u.equals("번째") && !u.equals("째")) {
                return false;
            }
            return !e.unit().equals(Units.RANK) && !e.unit().equals(Units.BIRTH_YEAR) && !e.unit().equals(Units.DEGREE);
        }
        if (spaced && hangulUnit && u.length() == 1) {
            return "명원개곳건척대채권장마살세엔불달".indexOf(u.charAt(0)) >= 0 && !u.equals("달");
        }
        return true;
    }

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal z = v.stripTrailingZeros();
        return z.scale() < 0 ? z.setScale(0) : z;
    }
}
