package io.sasil.claims.quantity;

import java.math.BigDecimal;

/**
 * Reads one number at a given position of a text: Arabic digits with thousands commas and a
 * decimal point ({@code 27,350,000}, {@code 3.4}); Sino-Korean numerals with the small
 * magnitudes 십 백 천 and the large magnitudes 만 억 조 경 ({@code 칠천십이억삼천구백팔십만천백이십삼});
 * mixtures of both ({@code 557만 6,000}, {@code 1.2만}, {@code 4천만}, {@code 3조 2천억}); decimals
 * read with 점/쩜 ({@code 일점이삼}); native numerals up to 99 ({@code 스물다섯}, {@code 열한},
 * {@code 두}); negatives ({@code -3}, {@code 마이너스 3}).
 *
 * <p>Rules: large magnitudes must decrease ({@code 3조 2천억}, never {@code 3억 2조}); after a
 * large magnitude the number continues across one space only with a group that starts with a
 * digit ({@code 557만 6,000}); a number that started with digits continues glued only with a
 * group that has a small magnitude or a digit ({@code 5만2천}, not {@code 5만이상}). A digit
 * run longer than {@value #MAX_DIGITS} characters is no number (bounded work). Only 만 and 억 may
 * start a number without a digit before them (조, 경 alone start words: 조사, 경기). The scanner is
 * a hand-written loop with no regular expressions; it is stateless and thread-safe.
 */
public final class KoreanNumberScanner {

    /** Longest digit run (commas and the decimal point not counted) read as a number. */
    public static final int MAX_DIGITS = 64;

    private static final String[] NATIVE_TENS = {"열", "스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"};
    private static final int[] NATIVE_TENS_VALUE = {10, 20, 20, 30, 40, 50, 60, 70, 80, 90};
    private static final String[] NATIVE_UNITS = {"하나", "한", "둘", "두", "셋", "세", "석", "넷", "네", "넉", "다섯",
        "여섯", "일곱", "여덟", "아홉"};
    private static final int[] NATIVE_UNITS_VALUE = {1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 5, 6, 7, 8, 9};

    private KoreanNumberScanner() {
    }

    /**
     * Appends the digits spelled one by one from {@code q} ({@code 삼점일사}: {@code 일사}; {@code 영} and {@code 공}
     * read 0) to {@code out} while it is shorter than {@link #MAX_DIGITS}; returns the index after them.
     */
    private static int spelledDigits(String s, int q, StringBuilder out) {
        while (q < s.length() && out.length() < MAX_DIGITS) {
            char d = s.charAt(q);
            int dv = (d == '영' || d == '공') ? 0 : sinoDigit(d);
            if (dv < 0) {
                break;
            }
            out.append(dv);
            q++;
        }
        return q;
    }

    /** Value of a Sino-Korean digit syllable, or -1. Zero words (영 공 빵) count only as whole numbers. */
    public static int sinoDigit(char c) {
        return switch (c) {
            case '일' -> 1;
            case '이' -> 2;
            case '삼' -> 3;
            case '사' -> 4;
            case '오' -> 5;
            case '육', '륙' -> 6;
            case '칠' -> 7;
            case '팔' -> 8;
            case '구' -> 9;
            default -> -1;
        };
    }

    /** 10, 100 or 1000 for 십 백 천; 0 otherwise. */
    public static int smallMagnitude(char c) {
        return switch (c) {
            case '십' -> 10;
            case '백' -> 100;
            case '천' -> 1000;
            default -> 0;
        };
    }

    /** The power of ten of 만 억 조 경; 0 otherwise. */
    public static int largeMagnitudeExponent(char c) {
        return switch (c) {
            case '만' -> 4;
            case '억' -> 8;
            case '조' -> 12;
            case '경' -> 16;
            default -> 0;
        };
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether a number may start at {@code i} (cheap pre-check). */
    public static boolean mayStart(String s, int i) {
        char c = s.charAt(i);
        return isDigit(c) || c == '-' || c == '−' || sinoDigit(c) > 0 || smallMagnitude(c) > 0
                || largeMagnitudeExponent(c) > 0 || c == '영' || c == '공' || c == '빵' || c == '마'
                || nativeStart(c);
    }

    private static boolean nativeStart(char c) {
        return "열스서마쉰예일여아하한둘두셋세석넷네넉다".indexOf(c) >= 0;
    }

    /** Reads a number starting exactly at {@code i}, or returns null. */
    public static NumberToken scan(String s, int i) {
        if (i >= s.length()) {
            return null;
        }
        int p = i;
        boolean negative = false;
        if (s.startsWith("마이너스", p) || s.startsWith("마이나스", p)) {
            p += 4;
            if (p < s.length() && s.charAt(p) == ' ') {
                p++;
            }
            negative = true;
        } else if ((s.charAt(p) == '-' || s.charAt(p) == '−') && p + 1 < s.length() && isDigit(s.charAt(p + 1))
                && (p == 0 || !Character.isLetterOrDigit(s.charAt(p - 1)))) {
            p++;
            negative = true;
        }
        NumberToken n = scanUnsigned(s, p);
        if (n == null) {
            return null;
        }
        return negative ? new NumberToken(n.value().negate(), i, n.end(), n.digits(), n.nativeWord()) : n;
    }

    /** Reads an unsigned number at {@code i}. */
    public static NumberToken scanUnsigned(String s, int i) {
        if (i >= s.length()) {
            return null;
        }
        char c0 = s.charAt(i);
        if (c0 == '영' || c0 == '공' || c0 == '빵') {
            if (i + 2 < s.length() && (s.charAt(i + 1) == '점' || s.charAt(i + 1) == '쩜') && sinoDigit(s.charAt(i + 2)) >= 0) {
                StringBuilder frac = new StringBuilder("0.");
                int q = spelledDigits(s, i + 2, frac);
                return new NumberToken(new BigDecimal(frac.toString()), i, q, false, false);
            }
            boolean alone = i + 1 >= s.length() || s.charAt(i + 1) < '가' || s.charAt(i + 1) > '힣';
            return alone ? new NumberToken(BigDecimal.ZERO, i, i + 1, false, false) : null;
        }
        if (c0 == '.' && i + 1 < s.length() && isDigit(s.charAt(i + 1)) && (i == 0 || !isDigit(s.charAt(i - 1)))) {
            NumberToken frac = scanMagnitudes("0" + s.substring(i, Math.min(s.length(), i + MAX_DIGITS + 1)), 0);
            return frac == null || frac.value().scale() <= 0 ? null   // .5 is 0.5
                    : new NumberToken(frac.value(), i, i + frac.end() - 1, true, false);
        }
        NumberToken nat = scanNative(s, i);
        NumberToken sino = scanMagnitudes(s, i);
        if (nat != null && (sino == null || nat.end() > sino.end())) {
            return nat;
        }
        return sino;
    }

    /** A native numeral 1–99 ({@code 스물다섯}, {@code 열한}, {@code 두}). */
    public static NumberToken scanNative(String s, int i) {
        int p = i;
        int value = 0;
        for (int k = 0; k < NATIVE_TENS.length; k++) {
            if (s.startsWith(NATIVE_TENS[k], p)) {
                value = NATIVE_TENS_VALUE[k];
                p += NATIVE_TENS[k].length();
                break;
            }
        }
        int unit = nativeUnitAt(s, p);
        if (unit > 0) {
            value += NATIVE_UNITS_VALUE[unit - 1];
            p += NATIVE_UNITS[unit - 1].length();
        }
        if (p == i) {
            return null;
        }
        return new NumberToken(BigDecimal.valueOf(value), i, p, false, true);
    }

    /** 1 + index into the native units table of the unit word at {@code p}, or 0. */
    private static int nativeUnitAt(String s, int p) {
        for (int k = 0; k < NATIVE_UNITS.length; k++) {
            if (s.startsWith(NATIVE_UNITS[k], p)) {
                // prefer the two-syllable 하나 over 한 etc.: the table lists longer words first
                return k + 1;
            }
        }
        return 0;
    }

    /**
     * A group below 10,000 (or a digit run of any size): its value, its end, whether it has
     * digits or a small magnitude, whether it ends in a native unit ({@code 십하나}), and its
     * floor: the smallest magnitude written in it ({@code 3천} → 1000, {@code 2천5백} → 100,
     * {@code 250} → 1). A following group belongs to the same number only when it is below
     * the floor ({@code 3천 250}, never {@code 250 3천}).
     */
    private record Group(BigDecimal value, int end, boolean digits, boolean smallMag, boolean nativeTail, int floor) {
    }

    /**
     * The magnitude grammar, after Lucene's {@code KoreanNumberFilter}: groups below 10,000
     * joined by the large magnitudes 만 억 조 경 in decreasing order. Spaces are allowed where
     * careful writers put them: between the groups of a large magnitude ({@code 1억 2천 300만},
     * {@code 557만 6,000}), inside a group after a small magnitude ({@code 3천 250만},
     * {@code 이십 오}) when the next part is below it, and between digits and a large magnitude
     * that ends the number ({@code 40 만 배럴}). Digits may follow a small magnitude glued
     * ({@code 12만3천45}, {@code 1천100}). A part read across a space must end its word.
     */
    private static NumberToken scanMagnitudes(String s, int i) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal cur = BigDecimal.ZERO;
        int floor = Integer.MAX_VALUE;   // the smallest magnitude of the current group so far
        int p = i;
        int end = -1;
        int lastLarge = Integer.MAX_VALUE;
        boolean digits = false;
        boolean startedWithDigit = isDigit(s.charAt(i));
        boolean nativeTail = false;
        boolean first = true;
        boolean bare = false;
        boolean spacedPart = false;    // the part at p was reached across a space
        while (p < s.length()) {
            Group g = scanGroup(s, p);
            if (g != null && !first && startedWithDigit && !g.digits() && !g.smallMag()) {
                g = null;   // 5만이상: a glued lone Sino digit after digits is a word, not a number
            }
            if (g != null && floor != Integer.MAX_VALUE && g.value().compareTo(BigDecimal.valueOf(floor)) >= 0) {
                g = null;   // 3천 5천: a part must be below the magnitude before it
            }
            if (g != null && spacedPart && !g.digits() && !partEndsWord(s, g.end())) {
                g = null;   // 사십 이상: the part across the space is another word
            }
            if (g == null) {
                if (first && (s.charAt(p) == '만' || s.charAt(p) == '억')) {
                    g = new Group(BigDecimal.ONE, p, false, false, false, 1);  // bare 만, 억
                    bare = true;
                } else {
                    break;
                }
            }
            first = false;
            digits |= g.digits();
            cur = cur.add(g.value());
            int q = g.end();
            end = q;
            nativeTail = g.nativeTail();
            int exp = q < s.length() ? largeMagnitudeExponent(s.charAt(q)) : 0;
            if (exp == 0 && g.digits() && !g.smallMag() && q + 1 < s.length() && s.charAt(q) == ' '
                    && largeMagnitudeExponent(s.charAt(q + 1)) > 0 && largeEndsNumber(s, q + 2)) {
                q++;   // 40 만 배럴
                exp = largeMagnitudeExponent(s.charAt(q));
            }
            if (exp > 0 && exp < lastLarge && !g.nativeTail()) {
                total = total.add(cur.scaleByPowerOfTen(exp));
                cur = BigDecimal.ZERO;
                floor = Integer.MAX_VALUE;
                lastLarge = exp;
                end = q + 1;
                p = q + 1;
                spacedPart = false;
                if (!bare && p + 1 < s.length() && s.charAt(p) == ' '
                        && (isDigit(s.charAt(p + 1)) || !digits && startsSinoPart(s, p + 1))) {
                    p++;
                    spacedPart = true;
                }
                continue;
            }
            if (g.floor() <= 1) {
                break;
            }
            floor = g.floor();
            p = q;
            spacedPart = false;
            if (p + 1 < s.length() && s.charAt(p) == ' ' && (isDigit(s.charAt(p + 1)) || startsSinoPart(s, p + 1))) {
                p++;   // 3천 250만, 이십 오
                spacedPart = true;
            }
        }
        if (end < 0) {
            return null;
        }
        total = total.add(cur);
        return new NumberToken(total.stripTrailingZeros().scale() < 0 ? total.setScale(0) : total, i, end, digits,
                nativeTail);
    }

    private static boolean startsSinoPart(String s, int p) {
        char c = s.charAt(p);
        return sinoDigit(c) > 0 || smallMagnitude(c) > 0;
    }

    /**
     * A part read across a space ends its word: what follows is no syllable, a large magnitude,
     * a unit or counter, or a time unit ({@code 이십 오 년}, {@code 3천 250만}, but not {@code 사십 이상}).
     */
    private static boolean partEndsWord(String s, int q) {
        if (q >= s.length() || s.charAt(q) < '가' || s.charAt(q) > '힣') {
            return true;
        }
        return largeMagnitudeExponent(s.charAt(q)) > 0 || UnitLexicon.match(s, q) != null
                || "년월일주시분초개달살".indexOf(s.charAt(q)) >= 0;
    }

    /** A large magnitude written after a space ends the number: a unit, a space or no syllable follows. */
    private static boolean largeEndsNumber(String s, int q) {
        return q >= s.length() || s.charAt(q) < '가' || s.charAt(q) > '힣' || UnitLexicon.match(s, q) != null;
    }

    /** A group below 10,000 (or a digit run of any size) optionally with small magnitudes. */
    private static Group scanGroup(String s, int i) {
        if (i >= s.length()) {
            return null;
        }
        char c = s.charAt(i);
        if (isDigit(c)) {
            int p = i;
            StringBuilder b = new StringBuilder();
            while (p < s.length()) {
                char d = s.charAt(p);
                if (isDigit(d)) {
                    b.append(d);
                    p++;
                } else if (d == ',' && threeDigitsAfter(s, p) && b.indexOf(".") < 0) {
                    p++;
                } else if (d == '.' && p + 1 < s.length() && isDigit(s.charAt(p + 1)) && b.indexOf(".") < 0) {
                    b.append('.');
                    p++;
                } else {
                    break;
                }
                if (b.length() > MAX_DIGITS) {
                    return null;
                }
            }
            if (dottedIdentifier(s, p, b)) {
                return null;   // 10.0.0.1, 3.2.1: an address or a version, not a decimal
            }
            BigDecimal v = new BigDecimal(b.toString());
            int mag = p < s.length() ? smallMagnitude(s.charAt(p)) : 0;
            boolean small = false;
            if (mag > 0) {
                v = v.multiply(BigDecimal.valueOf(mag));
                p++;
                small = true;
                // 2천5백: further digit + smaller magnitude
                while (p < s.length()) {
                    int q = p;
                    int d;
                    if (isDigit(s.charAt(q))) {
                        d = s.charAt(q) - '0';
                    } else {
                        d = sinoDigit(s.charAt(q));
                    }
                    if (d <= 0 || q + 1 >= s.length()) {
                        break;
                    }
                    int m2 = smallMagnitude(s.charAt(q + 1));
                    if (m2 == 0 || m2 >= mag) {
                        break;
                    }
                    v = v.add(BigDecimal.valueOf((long) d * m2));
                    mag = m2;
                    p = q + 2;
                }
            }
            return new Group(v, p, true, small, false, small ? mag : 1);
        }
        // Sino-Korean
        int p = i;
        long acc = 0;
        int digit = -1;
        int lastSmall = Integer.MAX_VALUE;
        boolean small = false;
        while (p < s.length()) {
            char d = s.charAt(p);
            int dv = sinoDigit(d);
            int m = smallMagnitude(d);
            if (dv > 0 && digit < 0) {
                digit = dv;
                p++;
            } else if (m > 0 && m < lastSmall) {
                acc += (long) (digit < 0 ? 1 : digit) * m;
                digit = -1;
                lastSmall = m;
                small = true;
                p++;
            } else {
                break;
            }
        }
        if (p == i) {
            return null;
        }
        boolean nativeTail = false;
        if (digit >= 0) {
            acc += digit;
        } else if (lastSmall == 10) {
            int u = nativeUnitAt(s, p);   // 십하나
            if (u > 0) {
                acc += NATIVE_UNITS_VALUE[u - 1];
                p += NATIVE_UNITS[u - 1].length();
                nativeTail = true;
            }
        }
        BigDecimal v = BigDecimal.valueOf(acc);
        if (!nativeTail && p + 1 < s.length() && (s.charAt(p) == '점' || s.charAt(p) == '쩜')
                && (sinoDigit(s.charAt(p + 1)) > 0 || s.charAt(p + 1) == '영' || s.charAt(p + 1) == '공')) {
            StringBuilder frac = new StringBuilder();
            int q = spelledDigits(s, p + 1, frac);
            v = new BigDecimal(acc + "." + frac);
            p = q;
        }
        return new Group(v, p, false, small, nativeTail, digit >= 0 || nativeTail || v.scale() > 0 || !small ? 1 : lastSmall);
    }

    /** A second decimal point followed by a digit: the digits are an address or a version number. */
    private static boolean dottedIdentifier(String s, int p, CharSequence read) {
        return p + 1 < s.length() && s.charAt(p) == '.' && isDigit(s.charAt(p + 1)) && read.toString().indexOf('.') >= 0;
    }

    private static boolean threeDigitsAfter(String s, int comma) {
        if (comma == 0 || !isDigit(s.charAt(comma - 1))) {
            return false;
        }
        for (int k = 1; k <= 3; k++) {
            if (comma + k >= s.length() || !isDigit(s.charAt(comma + k))) {
                return false;
            }
        }
        return comma + 4 >= s.length() || !isDigit(s.charAt(comma + 4));
    }
}
