package io.sasil.common.text;

/** Small facts about Hangul shared by the analysers. */
public final class Hangul {

    private Hangul() {
    }

    /** A precomposed Hangul syllable (가–힣). */
    public static boolean isSyllable(int codePoint) {
        return codePoint >= 0xAC00 && codePoint <= 0xD7A3;
    }

    /** Any Hangul letter: syllables, compatibility jamo and conjoining jamo. */
    public static boolean isHangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }

    /** Share of Hangul among the letters of {@code text}, in [0, 1]; 0 when there is no letter. */
    public static double hangulShare(CharSequence text) {
        int letters = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            if (Character.isLetter(cp)) {
                letters++;
                if (isHangul(cp)) {
                    hangul++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters == 0 ? 0 : (double) hangul / letters;
    }

    /** Whether the syllable has a final consonant (받침), which decides 이/가, 은/는, 을/를. */
    public static boolean hasFinalConsonant(int syllable) {
        return isSyllable(syllable) && (syllable - 0xAC00) % 28 != 0;
    }
}
