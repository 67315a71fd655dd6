package io.sasil.ingestion.text;

import io.sasil.common.text.Hangul;

/**
 * Guesses the language of a text from the scripts of its letters, as an ISO 639-1 code.
 *
 * <p>Only letters count (digits, punctuation and symbols do not). With fewer than
 * {@value #MIN_LETTERS} letters the answer is {@code und}. Otherwise, in this order:
 * <ol>
 *   <li>{@code ko} when Hangul is at least {@value #KOREAN_SHARE} of the letters
 *       ({@link Hangul#hangulShare}). Korean news keeps well above this even with Latin names
 *       (AI, OpenAI) and Hanja glosses; a text that is only a quarter Hangul is usually a foreign
 *       text quoting Korean names.</li>
 *   <li>{@code ja} when Han ideographs and kana together are at least {@value #MAJORITY} of the
 *       letters and kana are at least {@value #KANA_IN_JAPANESE} of those: Japanese prose writes
 *       particles and endings in kana, Chinese has none.</li>
 *   <li>{@code zh} when Han ideographs (with any kana) are at least {@value #MAJORITY} of the
 *       letters.</li>
 *   <li>{@code en} when Latin letters are at least {@value #MAJORITY} of the letters. Other
 *       Latin-script languages are reported as {@code en} too: the suite needs to know "Latin",
 *       not which Latin language.</li>
 *   <li>{@code und} otherwise (Cyrillic, Arabic, an even mix).</li>
 * </ol>
 * Stateless and thread-safe.
 */
public final class LanguageDetector {

    public static final int MIN_LETTERS = 2;
    public static final double KOREAN_SHARE = 0.4;
    public static final double MAJORITY = 0.5;
    public static final double KANA_IN_JAPANESE = 0.1;

    /** The ISO 639-1 code of {@code text}: {@code ko}, {@code ja}, {@code zh}, {@code en}, or {@code und}. */
    public String detect(CharSequence text) {
        int letters = 0;
        int han = 0;
        int kana = 0;
        int latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case LATIN -> latin++;
                default -> { }
            }
        }
        if (letters < MIN_LETTERS) {
            return "und";
        }
        if (Hangul.hangulShare(text) >= KOREAN_SHARE) {
            return "ko";
        }
        int cjk = han + kana;
        if (cjk >= MAJORITY * letters) {
            return kana >= KANA_IN_JAPANESE * cjk ? "ja" : "zh";
        }
        if (latin >= MAJORITY * letters) {
            return "en";
        }
        return "und";
    }
}
