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

    /**
     * Parses {@code text}, tracking its temporal focus from the start; {@code referenceTime} may be
     * null (then relative dates keep an unresolved {@code REF…} value).
     */
    public List<Quantity> parse(String text, OffsetDateTime referenceTime) {
        return parse(text, referenceTime, new TemporalFocus());
    }

    /**
     * Parses {@code text}, one part of a longer text read in order: {@code focus} carries the
     * narrative year from the parts before and is updated by this one ({@link TemporalFocus}).
     */
    public List<Quantity> parse(String text, OffsetDateTime referenceTime, TemporalFocus focus) {
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
            if (c == '\n') {
                focus.newParagraph();
            }
            if (!mayStart(text, i)) {
                i++;
                continue;
            }
            Found f = at(text, i, referenceTime, lastUnit, focus);
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
        if (c == '.') {
            return i + 1 < s.length() && isDigit(s.charAt(i + 1)) && (i == 0 || !isDigit(s.charAt(i - 1)));
        }
        return c == '$' || c == '₩' || c == '€' || c == '£' || c == '¥' || c == '￦' || c == '-' || c == '−'
                || c == 'U' || c == 'E' || c == 'K' || c == 'J' || c == 'G' || c == 'C' || c == 'H' || c == 'N'
                || c == 'A' || c == 'S' || c == '\'' || c == '’';
    }

    /** A quantity read at a position (UTF-16 end). */
    private record Found(int end, BigDecimal number, String temporal, String unit, String counter, boolean approximate,
            Bound bound, BigDecimal to) {
    }

    private Found at(String s, int i, OffsetDateTime ref, String lastUnit, TemporalFocus focus) {
        boolean approx = false;
        Bound bound = null;
        int j = i;
        QuantityModifiers.Modifier pre = QuantityModifiers.prefix(s, i);
        if (pre != null) {
            approx = pre.approximate();
            bound = pre.bound();
            j = pre.end();
        }
        TemporalScanner.Match t = TemporalScanner.match(s, j, ref, focus.year());
        Found m = measure(s, j, lastUnit, i);
        Found f;
        if (t != null && (m == null || t.end() >= m.end)) {
            f = new Found(t.end(), null, t.value(), t.unit(), null, t.approximate(), t.bound(), null);
            focus.state(t.statedYear());
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

    private static final String[] CURRENCY_PREFIX = {"US$", "HK$", "NT$", "C$", "A$", "S$", "$", "₩", "￦", "€", "£", "¥", "USD", "EUR", "KRW", "JPY", "GBP",
        "CNY"};

    /** English magnitude words after an amount with a currency sign ({@code $1.5 million}). */
    private static final String[] ENGLISH_MAGNITUDES = {" million", " billion", " trillion", "mn", "bn", "m", "M", "B"};
    private static final int[] ENGLISH_EXPONENTS = {6, 9, 12, 6, 9, 6, 6, 9};

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
                    int end = n.end();
                    BigDecimal v = n.value();
                    for (int k = 0; k < ENGLISH_MAGNITUDES.length; k++) {
                        if (s.startsWith(ENGLISH_MAGNITUDES[k], end) && (end + ENGLISH_MAGNITUDES[k].length() >= s.length()
                                || !UnitLexicon.isAsciiLetter(s.charAt(end + ENGLISH_MAGNITUDES[k].length())))) {
                            v = v.scaleByPowerOfTen(ENGLISH_EXPONENTS[k]);   // $1.5 million
                            end += ENGLISH_MAGNITUDES[k].length();
                            break;
                        }
                    }
                    return new Found(end, end == n.end() ? v : plain(v), null, e.unit(), null, false, null, null);
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
            return seriesIndex(s, j);
        }
        Found approxNative = approximateNative(s, j);
        if (approxNative != null) {
            return approxNative;
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
        Found slash = slashFraction(s, n);
        if (slash != null) {
            return slash;
        }
        Found mixed = mixedFraction(s, n);
        if (mixed != null) {
            return mixed;
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
                    if (u == null) {
                        value = value.multiply(sharedMagnitude(s, n, n2));
                    }
                    return new Found(u2.end, plain(value.multiply(f1)), null, unitFor(e, lastUnit), counterOf(e), approx,
                            null, plain(n2.value().multiply(e.factor())));
                }
            }
        }
        Found counted = u == null && n.nativeWord() && !n.digits() && !approx ? nativeWithNoun(s, n) : null;
        if (counted != null) {
            return counted;
        }
        if (u == null && n.digits() && n.integral() && ageInParentheses(s, n)) {
            return new Found(n.end(), plain(value), null, Units.AGE_YEARS, null, false, null, null);
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
        if (e.surface().equals("인") && copula(s, n, u)) {
            return new Found(n.end(), plain(value), null, Units.NUMBER, null, approx, null, null);   // 저항이 0인 상태
        }
        if (!wordEndsAfterUnit(s, u) && n.digits() && scale == null) {
            return new Found(n.end(), plain(value), null, Units.NUMBER, null, approx, null, null);   // 7호선, 3원칙
        }
        if (!wordEndsAfterUnit(s, u) || !n.digits() && !n.nativeWord() && n.length() <= 2 && e.surface().length() == 1
                && hangul(e.surface().charAt(0)) && s.charAt(n.end()) != ' '
                && (e.unit().equals(Units.COUNT) || e.unit().equals(Units.PERSON) || e.unit().equals(Units.AGE_YEARS))
                && !wholeInput(s, spanStart, u.end)) {
            return n.nativeWord() && !n.digits() ? nativeWithNoun(s, n) : null;   // 한 대형마트, 세 부담, 구조대
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
     * In {@code 10~20만 원} and {@code 3~4억 달러} the large magnitude after the second number is
     * shared by the first: when the first has no magnitude of its own and is below the second's
     * group, it takes the second's large magnitude (10^k); otherwise 1.
     */
    private static BigDecimal sharedMagnitude(String s, NumberToken a, NumberToken b) {
        if (b.end() == 0 || KoreanNumberScanner.largeMagnitudeExponent(s.charAt(b.end() - 1)) == 0) {
            return BigDecimal.ONE;
        }
        for (int k = a.start(); k < a.end(); k++) {
            char c = s.charAt(k);
            if (KoreanNumberScanner.largeMagnitudeExponent(c) > 0 || KoreanNumberScanner.smallMagnitude(c) > 0) {
                return BigDecimal.ONE;
            }
        }
        int exp = KoreanNumberScanner.largeMagnitudeExponent(s.charAt(b.end() - 1));
        BigDecimal group = b.value().scaleByPowerOfTen(-exp);
        return a.value().compareTo(group) < 0 ? BigDecimal.ONE.scaleByPowerOfTen(exp) : BigDecimal.ONE;
    }

    /** Counter words of a series index after 제N ({@code 제3차}, {@code 제42회}, {@code 제93집}). */
    private static final String[] SERIES_COUNTERS = {"주년", "차", "회", "집", "호", "대", "기", "권", "편", "장", "조", "항",
        "절", "부", "관", "구", "번"};

    /**
     * {@code 제N} with its counter is the index of a series (an edition, a session, an article of
     * a law: {@code 제42회}, {@code 제3차}, {@code 제2조}): a {@link Units#NUMBER}, neither a count nor a
     * rank; the counter is kept in the span.
     */
    private static Found seriesIndex(String s, int j) {
        NumberToken idx = KoreanNumberScanner.scanUnsigned(s, j + 1);
        if (idx == null || !idx.integral() || !idx.digits()) {
            return null;
        }
        int end = idx.end();
        for (String c : SERIES_COUNTERS) {
            if (s.startsWith(c, end)) {
                end += c.length();
                break;
            }
        }
        return new Found(end, idx.value(), null, Units.NUMBER, null, false, null, null);
    }

    /** Native numerals that name a small range: {@code 서너} is three or four. */
    private static final String[] APPROXIMATE_NATIVE = {"한두", "두세", "두서너", "서너", "너덧", "네댓", "너댓", "대여섯",
        "예닐곱", "일여덟", "엳아홉"};
    private static final int[][] APPROXIMATE_NATIVE_RANGE = {{1, 2}, {2, 3}, {2, 4}, {3, 4}, {4, 5}, {4, 5}, {4, 5}, {5, 6},
        {6, 7}, {7, 8}, {8, 9}};

    /**
     * An approximate native numeral with a unit or counter ({@code 서너 배}, {@code 두세 명},
     * {@code 대여섯 곳}): the lower end as value, the upper end as {@code to}, approximate.
     */
    private static Found approximateNative(String s, int j) {
        for (int k = 0; k < APPROXIMATE_NATIVE.length; k++) {
            String w = APPROXIMATE_NATIVE[k];
            if (!s.startsWith(w, j)) {
                continue;
            }
            int p = j + w.length();
            NumberToken n = new NumberToken(BigDecimal.valueOf(APPROXIMATE_NATIVE_RANGE[k][0]), j, p, false, true);
            Unit u = unitAt(s, p, n);
            if (u == null) {
                return null;
            }
            UnitLexicon.Entry e = u.entry;
            return new Found(u.end, plain(n.value().multiply(e.factor())), null, e.unit(), counterOf(e), true, null,
                    plain(BigDecimal.valueOf(APPROXIMATE_NATIVE_RANGE[k][1]).multiply(e.factor())));
        }
        return null;
    }

    /**
     * {@code a/b} is a fraction, not a month/day, when it is signed ({@code -3/4}) or a proper
     * fraction with a one-digit denominator ({@code 3/4}, {@code 1/2}); a {@link Units#NUMBER}.
     */
    private static Found slashFraction(String s, NumberToken n) {
        int p = n.end();
        if (!n.digits() || !n.integral() || p + 1 >= s.length() || s.charAt(p) != '/' || !isDigit(s.charAt(p + 1))) {
            return null;
        }
        NumberToken d = KoreanNumberScanner.scanUnsigned(s, p + 1);
        if (d == null || !d.integral() || d.value().signum() == 0 || d.end() < s.length() && s.charAt(d.end()) == '/') {
            return null;
        }
        boolean signed = n.value().signum() < 0;
        boolean proper = n.value().compareTo(d.value()) < 0 && d.value().compareTo(BigDecimal.TEN) < 0;
        if (!signed && !proper) {
            return null;
        }
        return new Found(d.end(), plain(n.value().divide(d.value(), MC)), null, Units.NUMBER, null, false, null, null);
    }

    /** {@code 일백과 사분의 삼}: a whole number and a fraction joined by 과/와/하고 is their sum. */
    private static Found mixedFraction(String s, NumberToken n) {
        if (!n.integral() || n.value().signum() <= 0) {
            return null;
        }
        int p = n.end();
        int q = -1;
        for (String and : new String[] {"과 ", "와 ", "하고 ", " 와 ", " 과 "}) {
            if (s.startsWith(and, p)) {
                q = p + and.length();
                break;
            }
        }
        if (q < 0) {
            return null;
        }
        NumberToken den = KoreanNumberScanner.scanUnsigned(s, q);
        if (den == null || den.value().signum() <= 0 || !(s.startsWith("분의", den.end()) || s.startsWith("분 의", den.end()))) {
            return null;
        }
        int r = s.startsWith("분의", den.end()) ? den.end() + 2 : den.end() + 3;
        if (r < s.length() && s.charAt(r) == ' ') {
            r++;
        }
        NumberToken num = KoreanNumberScanner.scanUnsigned(s, r);
        if (num == null || num.value().compareTo(den.value()) >= 0) {
            return null;
        }
        BigDecimal v = n.value().add(num.value().divide(den.value(), MC));
        return new Found(num.end(), plain(v), null, Units.NUMBER, null, false, null, null);
    }

    /** Nouns of people: a native numeral before one of them counts persons ({@code 세 사람}, {@code 두 학자}). */
    private static final java.util.Set<String> PERSON_NOUNS = java.util.Set.of("사람", "분", "학자", "선수", "기자", "교수",
            "의원", "남성", "여성", "남자", "여자", "아이", "어린이", "학생", "형제", "자매", "아들", "딸", "부부", "후보", "장관",
            "정상", "시민", "주민", "환자", "직원", "군인", "경찰관", "소년", "소녀", "청년", "노인", "친구", "자녀", "명", "인물",
            "수상자", "지도자", "대표", "작가", "감독", "배우", "가수", "외국인", "대통령", "총리", "의사", "간호사", "교사");
    /** Nouns ending in 자 that are no people. */
    private static final java.util.Set<String> NOT_PERSON_JA = java.util.Set.of("상자", "의자", "과자", "모자", "숫자", "글자",
            "문자", "이자", "투자", "원자", "분자", "전자", "양자", "액자", "주전자", "부자", "매자", "단자", "인자", "정자", "난자", "효자");
    private static final String PARTICLES = "이가을를은는의에와과도로만";

    /**
     * A native numeral (not {@code 한}, which is also the indefinite article, except in
     * {@code 한 사람}; not
     * {@code 열}, also a verb form) before a noun of two syllables or more counts that noun:
     * {@code 세 기관} → 3 COUNT with counter 기관, {@code 두 학자} → 2 PERSON. The noun is the word
     * after one space, without its particle; a word that is a verb form or the tax noun after
     * {@code 세} is no counted noun.
     */
    private static Found nativeWithNoun(String s, NumberToken n) {
        int p = n.end();
        String numeral = s.substring(n.start(), n.end());
        if (p + 2 >= s.length() || s.charAt(p) != ' ' || numeral.equals("열")) {
            return null;
        }
        int q = p + 1;
        int w = q;
        while (w < s.length() && hangul(s.charAt(w))) {
            w++;
        }
        String word = s.substring(q, w);
        String noun = word;
        if (noun.length() > 2 && PARTICLES.indexOf(noun.charAt(noun.length() - 1)) >= 0) {
            noun = noun.substring(0, noun.length() - 1);
        } else if (noun.length() > 3 && (noun.endsWith("에서") || noun.endsWith("에게") || noun.endsWith("으로")
                || noun.endsWith("과의") || noun.endsWith("와의") || noun.endsWith("보다") || noun.endsWith("까지"))) {
            noun = noun.substring(0, noun.length() - 2);
        }
        if (noun.length() < 2 || verbForm(word) || numeral.equals("세") && TAX_WORDS.contains(noun)) {
            return null;
        }
        boolean person = PERSON_NOUNS.contains(noun) || noun.endsWith("자") && !NOT_PERSON_JA.contains(noun);
        if (numeral.equals("한") && !noun.equals("사람")) {
            return null;   // 한 여성이: the indefinite article, except in 한 사람
        }
        return new Found(q + noun.length(), n.value(), null, person ? Units.PERSON : Units.COUNT, person ? null : noun, false,
                null, null);
    }

    private static final java.util.Set<String> TAX_WORDS = java.util.Set.of("부담", "수입", "수", "금", "율", "제", "법",
            "무", "입", "감면", "혜택", "원");

    /** A word ending as a verb or adjective does (다 고 며 면 서 게 지 는 던 ㄴ/ㄹ-final syllables of 하다). */
    private static boolean verbForm(String word) {
        char last = word.charAt(word.length() - 1);
        return "다고며면서게지던도록요".indexOf(last) >= 0 && !word.endsWith("서") || word.endsWith("하는") || word.endsWith("한")
                || word.endsWith("할") || word.endsWith("된") || word.endsWith("될") || word.endsWith("되는");
    }

    /**
     * A bare integer 1–119 that closes a parenthesis right after a name ({@code 김철수(58)}) or
     * after a comma inside it ({@code (…, 명예교수, 82)}) is the person's age, as Korean news writes it.
     */
    private static boolean ageInParentheses(String s, NumberToken n) {
        int a = n.start();
        int b = n.end();
        if (b >= s.length() || s.charAt(b) != ')' || a == 0
                || n.value().compareTo(BigDecimal.ONE) < 0 || n.value().compareTo(BigDecimal.valueOf(120)) >= 0) {
            return false;
        }
        char before = s.charAt(a - 1);
        if (before == '(') {
            return a >= 2 && hangul(s.charAt(a - 2));
        }
        if (before == ' ' && a >= 2 && s.charAt(a - 2) == ',') {
            int open = s.lastIndexOf('(', a);
            return open > 0 && s.lastIndexOf(')', a) < open && a - open < 80;
        }
        return false;
    }

    /** {@code X이 0인}: 인 after a number that follows a subject is the copula, not persons. */
    private static boolean copula(String s, NumberToken n, Unit u) {
        int a = n.start();
        boolean afterSubject = a >= 2 && s.charAt(a - 1) == ' ' && (s.charAt(a - 2) == '이' || s.charAt(a - 2) == '가');
        return afterSubject && (u.end >= s.length() || !hangul(s.charAt(u.end)));
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
            int end = p + e.surface().length();
            return new Unit(AmbiguousUnits.resolve(s, n.start(), end, e), end);
        }
        if (p < s.length() && s.charAt(p) == ' ') {
            e = UnitLexicon.match(s, p + 1);
            if (e != null && acceptable(e, n, true)) {
                int end = p + 1 + e.surface().length();
                return new Unit(AmbiguousUnits.resolve(s, n.start(), end, e), end);
            }
        }
        return null;
    }

    /** One-syllable Hangul units that may stand after a space ({@code 120만 톤}, {@code 30여 종}). */
    private static final String SPACED_ONE_SYLLABLE_UNITS = "명원개곳건척대채권장마살세엔불톤종층편병회번배평잔위촌";

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
            return SPACED_ONE_SYLLABLE_UNITS.indexOf(u.charAt(0)) >= 0;
        }
        return true;
    }

    /** Fifteen significant digits: what a double holds, without the noise of unit factors. */
    private static final MathContext SIGNIFICANT = new MathContext(15);

    private static BigDecimal plain(BigDecimal v) {
        BigDecimal z = v.stripTrailingZeros();
        if (z.scale() > 0 && z.precision() > SIGNIFICANT.getPrecision()) {
            z = v.round(SIGNIFICANT).stripTrailingZeros();   // 1000/3600: a fraction, rounded; whole numbers stay exact
        }
        return z.scale() < 0 ? z.setScale(0) : z;
    }
}
