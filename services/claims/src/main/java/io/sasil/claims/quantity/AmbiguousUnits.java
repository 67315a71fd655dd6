package io.sasil.claims.quantity;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Units whose surface names two units, resolved by the words of their sentence:
 * <ul>
 *   <li>{@code 파운드} is money (GBP) unless a mass is in view: a mass word ({@code 무게 체중
 *       몸무게 중량 무게가}) or another mass unit ({@code kg 킬로그램 톤 그램 온스}) in the same
 *       sentence makes it the pound of mass (0.45359237 kg);</li>
 *   <li>{@code 킬로톤}/{@code 메가톤} are a mass unless an explosion is in view
 *       ({@code 핵 폭발 폭탄 위력 TNT 핵실험}): then the TNT equivalent in joules
 *       (1 kt = 4.184 × 10¹² J);</li>
 *   <li>a length after {@code 시속} is a distance per hour ({@code 시속 80km}, {@code 시속 60 마일}
 *       → m/s), after {@code 초속} a distance per second.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class AmbiguousUnits {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final String[] MASS_WORDS = {"무게", "체중", "몸무게", "중량", "kg", "킬로그램", "톤", "그램", "온스", "근"};
    private static final String[] BLAST_WORDS = {"핵", "폭발", "폭탄", "위력", "TNT", "tnt", "폭약"};
    private static final BigDecimal TNT_KILOTON = new BigDecimal("4184000000000");

    private AmbiguousUnits() {
    }

    /**
     * The unit meant by {@code e}, read at {@code numberStart} (the number) to {@code unitEnd}
     * (after the unit) in {@code s}.
     */
    static UnitLexicon.Entry resolve(String s, int numberStart, int unitEnd, UnitLexicon.Entry e) {
        String surface = e.surface();
        if (surface.equals("파운드") && sentenceHas(s, numberStart, unitEnd, MASS_WORDS)) {
            return new UnitLexicon.Entry(surface, Units.KILOGRAM, new BigDecimal("0.45359237"), null);
        }
        if ((surface.equals("킬로톤") || surface.equals("메가톤") || surface.equals("kt") || surface.equals("Mt"))
                && sentenceHas(s, numberStart, unitEnd, BLAST_WORDS)) {
            BigDecimal f = surface.equals("킬로톤") || surface.equals("kt") ? TNT_KILOTON : TNT_KILOTON.scaleByPowerOfTen(3);
            return new UnitLexicon.Entry(surface, Units.JOULE, f, null);
        }
        if (e.unit().equals(Units.METRE)) {
            int per = speedPrefix(s, numberStart);
            if (per > 0) {
                return new UnitLexicon.Entry(surface, Units.METRE_PER_SECOND, e.factor().divide(BigDecimal.valueOf(per), MC),
                        null);
            }
        }
        return e;
    }

    /** 3600 after {@code 시속}, 1 after {@code 초속}, 60 after {@code 분속} (one space and 약/최고 allowed); 0 otherwise. */
    static int speedPrefix(String s, int numberStart) {
        int p = numberStart;
        while (p > 0 && s.charAt(p - 1) == ' ') {
            p--;
        }
        for (String modifier : new String[] {"최고", "최대", "평균", "약", "최저"}) {
            if (p >= modifier.length() && s.startsWith(modifier, p - modifier.length())) {
                p -= modifier.length();
                while (p > 0 && s.charAt(p - 1) == ' ') {
                    p--;
                }
                break;
            }
        }
        if (p < 2) {
            return 0;
        }
        return switch (s.substring(p - 2, p)) {
            case "시속" -> 3600;
            case "분속" -> 60;
            case "초속" -> 1;
            default -> 0;
        };
    }

    /** Whether the sentence around {@code [from, to)} contains one of {@code words}. */
    static boolean sentenceHas(String s, int from, int to, String[] words) {
        int a = from;
        while (a > 0 && !sentenceEnd(s, a - 1)) {
            a--;
        }
        int b = to;
        while (b < s.length() && !sentenceEnd(s, b)) {
            b++;
        }
        String sentence = s.substring(a, b);
        for (String w : words) {
            int k = sentence.indexOf(w);
            while (k >= 0) {
                if (a + k < from || a + k >= to) {
                    return true;
                }
                k = sentence.indexOf(w, k + 1);
            }
        }
        return false;
    }

    private static boolean sentenceEnd(String s, int i) {
        char c = s.charAt(i);
        if (c == '.') {
            return !(i > 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i - 1)) && Character.isDigit(s.charAt(i + 1)));
        }
        return c == '!' || c == '?' || c == '\n';
    }
}
