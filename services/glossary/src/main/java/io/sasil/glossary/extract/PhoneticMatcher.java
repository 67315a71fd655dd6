package io.sasil.glossary.extract;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well a Hangul term sounds like a Latin gloss: 딥시크 ~ DeepSeek, 도널드 트럼프 ~ Donald Trump.
 *
 * <p>Rule: the Hangul side is romanised with ICU's {@code Hangul-Latin} transliterator, syllable by
 * syllable; in the Latin
 * side, runs of two or more capitals are taken both as words and as letter names read in Korean
 * ({@code OpenAI} = open + 에이아이, see {@link LetterNames}), keeping the better score. Both sides are
 * reduced to a consonant skeleton of sound classes (p b f v → P, t d → T, k g c q → K, s z x th → S,
 * j ch → J, l r → L, m → M, n ng → N; on the Latin side g before e, i, y and ch may be read either
 * hard or soft and match K or J; vowels, h, w, y and a Latin r before a consonant or at a
 * word end are dropped — Korean loanwords do not sound them; repeated classes collapse). The
 * similarity is 2·A / (|a| + |b|) where A is the best alignment of the skeletons (same class 1,
 * s~t and s~j half). Skeletons shorter than two classes score 0: too little to judge.
 *
 * <p>Thread-safe (one transliterator per thread). Inputs are capped at 64 characters a side.
 */
public final class PhoneticMatcher {

    /** Similarity at or above which a Hangul span is taken to be the sound of the Latin gloss. */
    public static final double THRESHOLD = 0.6;

    private static final int MAX_INPUT = 64;

    /** Romanisation of each precomposed syllable; benign race: every thread writes the same value. */
    private static final String[] SYLLABLES = new String[11172];

    private static final ThreadLocal<Transliterator> HANGUL_LATIN =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Hangul-Latin"));

    /** Similarity in [0, 1] of a Hangul string and a Latin string. */
    public double similarity(String hangul, String latin) {
        if (hangul.length() > MAX_INPUT || latin.length() > MAX_INPUT) {
            return 0;
        }
        String a = skeleton(romanise(hangul), false);
        double best = 0;
        for (String variant : latinVariants(latin)) {
            best = Math.max(best, score(a, skeleton(variant, true)));
        }
        return best;
    }

    /**
     * Similarity in [0, 1] of one Hangul word and one Latin word, for aligning names word by word
     * ({@code 드} ~ {@code de}, {@code 후안} ~ {@code Juan}): the same measure as {@link #similarity}, but
     * short skeletons are compared too (one class each: the score of the two classes), since a name word
     * may be a single syllable.
     */
    public double wordSimilarity(String hangul, String latin) {
        if (hangul.length() > MAX_INPUT || latin.length() > MAX_INPUT) {
            return 0;
        }
        String a = skeleton(romanise(hangul), false);
        double best = 0;
        for (String variant : latinVariants(latin)) {
            String b = skeleton(variant, true);
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            best = Math.max(best, a.length() == 1 && b.length() == 1 ? pair(a.charAt(0), b.charAt(0)) : align(a, b));
        }
        return best;
    }

    /**
     * The ICU romanisation of a Hangul string, syllable by syllable (other characters pass through).
     * Each syllable's romanisation is computed once and cached (at most 11,172 entries).
     */
    public String romanise(String hangul) {
        StringBuilder sb = new StringBuilder(hangul.length() * 3);
        for (int i = 0; i < hangul.length(); i++) {
            char c = hangul.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                String r = SYLLABLES[c - 0xAC00];
                if (r == null) {
                    r = HANGUL_LATIN.get().transliterate(String.valueOf(c));
                    SYLLABLES[c - 0xAC00] = r;
                }
                sb.append(r);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** The sound-class skeleton of a romanised string (see the class rule). */
    static String skeleton(String latin, boolean english) {
        String s = latin.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            char next = i + 1 < n ? s.charAt(i + 1) : ' ';
            char cls;
            switch (c) {
                case 'p':
                    if (next == 'h') {
                        i++;
                    }
                    cls = 'P';
                    break;
                case 'b', 'f', 'v':
                    cls = 'P';
                    break;
                case 't':
                    if (english && next == 'h') {
                        i++;
                        cls = 'S';
                    } else {
                        cls = 'T';
                    }
                    break;
                case 'd':
                    cls = 'T';
                    break;
                case 'c':
                    if (next == 'h') {
                        i++;
                        cls = english ? 'C' : 'J'; // English/German ch: 치(church) or 크(Eichler, Christ)
                    } else if (english && (next == 'e' || next == 'i' || next == 'y')) {
                        cls = 'S';
                    } else {
                        cls = 'K';
                    }
                    break;
                case 'k', 'q':
                    cls = 'K';
                    break;
                case 'g':
                    if (english && next == 'h') {
                        i++;
                        continue;
                    }
                    if (i > 0 && s.charAt(i - 1) == 'n' && !isVowel(next)) {
                        continue; // ng: the N was already emitted
                    }
                    // g before e, i, y may be soft (Courage 커리지, Fangio 판지오) or hard (gear 기어)
                    cls = english && (next == 'e' || next == 'i' || next == 'y') ? 'G' : 'K';
                    break;
                case 's':
                    if (next == 'h') {
                        i++;
                    }
                    cls = 'S';
                    break;
                case 'z', 'x':
                    cls = 'S';
                    break;
                case 'j':
                    cls = 'J';
                    break;
                case 'l':
                    cls = 'L';
                    break;
                case 'r':
                    if (english && !isVowel(next)) {
                        continue;
                    }
                    cls = 'L';
                    break;
                case 'm':
                    cls = 'M';
                    break;
                case 'n':
                    cls = 'N';
                    break;
                default:
                    continue;
            }
            if (out.length() == 0 || out.charAt(out.length() - 1) != cls) {
                out.append(cls);
            }
        }
        return out.toString();
    }

    private List<String> latinVariants(String latin) {
        List<String> variants = new ArrayList<>(2);
        variants.add(latin);
        StringBuilder spelled = new StringBuilder();
        boolean changed = false;
        int i = 0;
        while (i < latin.length()) {
            int j = i;
            while (j < latin.length() && Character.isUpperCase(latin.charAt(j))) {
                j++;
            }
            // a capital run of two or more, not the start of a capitalised word (the last capital of
            // "AIModel" belongs to "Model")
            int end = j;
            if (j - i >= 2 && j < latin.length() && Character.isLowerCase(latin.charAt(j))) {
                end = j - 1;
            }
            if (end - i >= 2) {
                String reading = LetterNames.reading(latin.substring(i, end));
                spelled.append(' ').append(romanise(reading)).append(' ');
                changed = true;
                i = end;
            } else {
                spelled.append(latin.charAt(i));
                i++;
            }
        }
        if (changed) {
            variants.add(spelled.toString());
        }
        return variants;
    }

    private static double score(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return 0;
        }
        return align(a, b);
    }

    private static double align(String a, String b) {
        double[][] dp = new double[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                double m = dp[i - 1][j - 1] + pair(a.charAt(i - 1), b.charAt(j - 1));
                dp[i][j] = Math.max(m, Math.max(dp[i - 1][j], dp[i][j - 1]));
            }
        }
        return 2 * dp[a.length()][b.length()] / (a.length() + b.length());
    }

    private static double pair(char x, char y) {
        if (x == y) {
            return 1;
        }
        if ((x == 'G' || x == 'C') && (y == 'K' || y == 'J') || (y == 'G' || y == 'C') && (x == 'K' || x == 'J')) {
            return 1; // a Latin g before e/i/y or a ch, read either way
        }
        if ((x == 'S' && (y == 'T' || y == 'J')) || (y == 'S' && (x == 'T' || x == 'J'))) {
            return 0.5;
        }
        return 0;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }
}
