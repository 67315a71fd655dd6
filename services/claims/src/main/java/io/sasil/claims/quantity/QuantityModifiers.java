package io.sasil.claims.quantity;

import io.sasil.common.contract.Bound;

/**
 * The words around a quantity that make it approximate or a bound. Prefixes: {@code 약 대략 최소
 * 적어도 최대}. Suffixes (one space allowed before): approximate {@code 가량 정도 여 안팎 남짓
 * 내외 쯤 께 가까이 육박}; {@code 이상} ≥; {@code 초과}, {@code (이/가/을/를) 넘는/넘게/넘은/넘어},
 * {@code 보다 크고/많은/높은} &gt;; {@code 보다 작고/적은/낮은} &lt; (so {@code 20보다 크고 35 이하} is
 * two bounds of one interval, exclusive and inclusive);
 * {@code 이하 이내} ≤; {@code 미만}, {@code 도 안 된/되는/돼}, {@code 도 채 안 되는}, {@code 에 못 미치는} &lt;;
 * {@code 에 달하는/달한다/달해/이르는} exact (kept in the span). Matching is plain
 * {@code startsWith} over short word lists: linear and thread-safe.
 */
public final class QuantityModifiers {

    /** What a modifier says, and where it ends (UTF-16). */
    public record Modifier(int end, Bound bound, boolean approximate) {
    }

    private static final String[] APPROX_PREFIX = {"약 ", "약", "대략 ", "대략", "어림잡아 ", "줄잡아 "};
    private static final String[] MIN_PREFIX = {"최소 ", "최소", "적어도 ", "최저 "};
    private static final String[] MAX_PREFIX = {"최대 ", "최대"};

    private static final String[] APPROX_SUFFIX = {"가량", "정도", "안팎", "남짓", "내외", "쯤", "께", "가까이", "가까운", "육박",
        "언저리", "여"};
    private static final String[] EXACT_SUFFIX = {"에 달하는", "에 달한다", "에 달해", "에 달했다", "에 이르는", "에 이른다", "에 달하며"};
    private static final String[] MIN_INCL = {"이상"};
    private static final String[] MIN_EXCL = {"초과", "넘는", "넘게", "넘은", "넘어", "넘겨", "웃도는", "이 넘는", "가 넘는",
        "을 넘는", "를 넘는", "이 넘게", "가 넘게", "을 넘게", "를 넘게", "을 넘어", "를 넘어", "을 넘은", "를 넘은", "이 넘은",
        "가 넘은", "을 웃도는", "를 웃도는", "을 초과하는", "를 초과하는", "을 초과한", "를 초과한", "보다 크고", "보다 큰",
        "보다 많은", "보다 많고", "보다 높은", "보다 높고"};
    private static final String[] MAX_INCL = {"이하", "이내"};
    private static final String[] MAX_EXCL = {"미만", "도 안 된", "도 안 되는", "도 안 돼", "도 안된", "도 안되는", "도 채 안 되는",
        "도 채 안 된", "도 채 안 돼", "이 안 되는", "가 안 되는", "에 못 미치는", "에 못 미친", "을 밑도는", "를 밑도는", "에 불과한", "보다 작고",
        "보다 작은", "보다 적은", "보다 적고", "보다 낮은", "보다 낮고"};

    private QuantityModifiers() {
    }

    private static int longest(String s, int p, String[] words) {
        int best = -1;
        for (String w : words) {
            if (s.startsWith(w, p) && p + w.length() > best) {
                best = p + w.length();
            }
        }
        return best;
    }

    /** A prefix modifier at {@code i}, or null. */
    public static Modifier prefix(String s, int i) {
        int k;
        if ((k = longest(s, i, APPROX_PREFIX)) > 0 && (k < s.length() && !isHangulWordChar(s, k, i))) {
            return new Modifier(k, null, true);
        }
        if ((k = longest(s, i, MIN_PREFIX)) > 0) {
            return new Modifier(k, Bound.MIN_INCLUSIVE, false);
        }
        if ((k = longest(s, i, MAX_PREFIX)) > 0) {
            return new Modifier(k, Bound.MAX_INCLUSIVE, false);
        }
        return null;
    }

    /** 약 must stand alone or be glued to a digit (약81억), never start a word such as 약속. */
    private static boolean isHangulWordChar(String s, int k, int i) {
        char c = s.charAt(k);
        return s.charAt(k - 1) != ' ' && c >= '가' && c <= '힣' && KoreanNumberScanner.sinoDigit(c) < 0
                && KoreanNumberScanner.smallMagnitude(c) == 0 && c != '수' && c != '한' && c != '두' && c != '세' && c != '네';
    }

    /** A suffix modifier at {@code p} (one space allowed before it), or null. */
    public static Modifier suffix(String s, int p) {
        int q = p < s.length() && s.charAt(p) == ' ' ? p + 1 : p;
        for (int start : new int[] {p, q}) {
            int k;
            if ((k = longest(s, start, MAX_EXCL)) > 0) {
                return new Modifier(k, Bound.MAX_EXCLUSIVE, false);
            }
            if ((k = longest(s, start, EXACT_SUFFIX)) > 0) {
                return new Modifier(k, null, false);
            }
            if ((k = longest(s, start, MIN_EXCL)) > 0) {
                return new Modifier(k, Bound.MIN_EXCLUSIVE, false);
            }
            if ((k = longest(s, start, MIN_INCL)) > 0) {
                return new Modifier(k, Bound.MIN_INCLUSIVE, false);
            }
            if ((k = longest(s, start, MAX_INCL)) > 0) {
                return new Modifier(k, Bound.MAX_INCLUSIVE, false);
            }
            if ((k = longest(s, start, APPROX_SUFFIX)) > 0) {
                String w = s.substring(start, k);
                if (w.equals("여") && k < s.length() && s.charAt(k) >= '가' && s.charAt(k) <= '힣' && !particle(s.charAt(k))) {
                    continue;   // 여성, 여론 …
                }
                if (w.equals("께") && (start != p || s.startsWith("께서", start))) {
                    continue;
                }
                return new Modifier(k, null, true);
            }
        }
        return null;
    }

    private static boolean particle(char c) {
        return "의에는은이가을를도로와과만".indexOf(c) >= 0;
    }
}
