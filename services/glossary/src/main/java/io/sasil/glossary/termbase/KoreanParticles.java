package io.sasil.glossary.termbase;

import io.sasil.common.text.Hangul;
import java.util.Set;

/**
 * The particles (조사), copula endings and noun suffixes that may follow a noun inside the same word
 * ({@code 딥시크가}, {@code 엔비디아의}, {@code 오픈AI와}, {@code 딥시크에서도}, {@code 딥시크라는}, {@code 기업들은}).
 *
 * <p>A word tail is accepted when it splits entirely into at most {@value #MAX_PARTICLES} items of
 * {@link #ITEMS}: 가/이, 는/은, 를/을, 의, 에/에서/에게/께/께서/한테/더러, 와/과/랑/이랑/하고, 로/으로/로서/으로서/로써/
 * 으로써/로부터/으로부터, 도, 만, 까지, 부터, 처럼, 보다, 마저, 조차, 밖에, 뿐, 같이, 나/이나, 든/이든/든지/이든지,
 * 라는/이라는, 란/이란, 라고/이라고, 라며/이라며, 라면/이라면, 야/이야, 요/이요, the copula 다/이다/였다/이었다/입니다/
 * 이며/며/이고/고/이자/이지만/지만, the plural 들, and the bound nouns 측 and 씨 written attached
 * ({@code 딥시크측은}). The adnominal copula 인 is left out: 중국인 and 한국인 are words of their own. Tails are at most {@value #MAX_TAIL} syllables; anything else (소스 in {@code 오픈소스}) is
 * another word.
 */
public final class KoreanParticles {

    /** Maximum number of items in one tail: 에서+도+요 needs three, 들+에게+만+은 four. */
    public static final int MAX_PARTICLES = 4;
    /** Maximum number of syllables in one tail. */
    public static final int MAX_TAIL = 10;

    static final Set<String> ITEMS = Set.of(
            "이", "가", "은", "는", "을", "를", "의", "에", "에서", "에게", "께", "께서", "한테", "더러",
            "와", "과", "랑", "이랑", "하고", "로", "으로", "로서", "으로서", "로써", "으로써", "로부터", "으로부터",
            "도", "만", "까지", "부터", "처럼", "보다", "마저", "조차", "밖에", "뿐", "같이", "나", "이나",
            "든", "이든", "든지", "이든지", "라는", "이라는", "란", "이란", "라고", "이라고", "라며", "이라며",
            "라면", "이라면", "야", "이야", "요", "이요", "다", "이다", "였다", "이었다", "입니다", "이며", "며",
            "이고", "고", "이자", "이지만", "지만", "들", "측", "씨");

    private static final int MAX_ITEM = 4;

    private KoreanParticles() {
    }

    /** Whether {@code tail} (Hangul syllables only) is a sequence of particles. */
    public static boolean isTail(CharSequence tail) {
        int n = tail.length();
        if (n == 0 || n > MAX_TAIL) {
            return false;
        }
        // reach[i] = fewest items covering tail[0, i)
        int[] reach = new int[n + 1];
        java.util.Arrays.fill(reach, Integer.MAX_VALUE);
        reach[0] = 0;
        for (int i = 0; i < n; i++) {
            if (reach[i] >= MAX_PARTICLES) {
                continue;
            }
            for (int len = 1; len <= MAX_ITEM && i + len <= n; len++) {
                if (ITEMS.contains(tail.subSequence(i, i + len).toString())) {
                    reach[i + len] = Math.min(reach[i + len], reach[i] + 1);
                }
            }
        }
        return reach[n] <= MAX_PARTICLES;
    }

    /**
     * Whether the word continuing at {@code from} in {@code text} is a particle tail: the run of Hangul syllables
     * starting there (up to the next non-syllable) is one. A run longer than {@value #MAX_TAIL} is not.
     */
    public static boolean isTailAt(CharSequence text, int from) {
        int end = from;
        while (end < text.length() && Hangul.isSyllable(text.charAt(end))) {
            end++;
            if (end - from > MAX_TAIL) {
                return false;
            }
        }
        return isTail(text.subSequence(from, end));
    }
}
