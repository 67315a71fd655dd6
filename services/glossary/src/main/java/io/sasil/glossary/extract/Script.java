package io.sasil.glossary.extract;

import io.sasil.common.text.Hangul;

/**
 * The dominant writing system of a gloss.
 *
 * <p>Rule: letters are counted by Unicode script. A string whose letters are Han and other scripts
 * only (kana, Cyrillic …), with at least one of the latter, is {@link #OTHER} (Japanese names).
 * Otherwise the script with the most letters wins; ties go to Hangul, then Han, then Latin.
 * A string with no letter is {@link #NONE}.
 */
enum Script {
    HANGUL, HAN, LATIN, OTHER, NONE;

    static Script of(String s) {
        int hangul = 0;
        int han = 0;
        int latin = 0;
        int other = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            if (Hangul.isHangul(cp)) {
                hangul++;
            } else if (HanjaReader.isHan(cp)) {
                han++;
            } else if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                latin++;
            } else {
                other++;
            }
        }
        int max = Math.max(Math.max(hangul, han), Math.max(latin, other));
        if (max == 0) {
            return NONE;
        }
        if (other > 0 && hangul == 0 && latin == 0) {
            return OTHER;
        }
        if (hangul == max) {
            return HANGUL;
        }
        if (han == max) {
            return HAN;
        }
        if (latin == max) {
            return LATIN;
        }
        return OTHER;
    }
}
