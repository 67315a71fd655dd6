package io.sasil.glossary.extract;

/**
 * A term made of Latin letters and digits ({@code 5G}, {@code G7}, {@code 3D}) glossed by a Korean
 * long form that repeats its number ({@code 5G(5세대 이동통신)}, {@code G7(주요 7개국)}): such a part names
 * the term and is not an amount. The rule: the word directly before the parenthesis has at least one
 * Latin letter and one digit and only letters, digits and {@code -}; its digits, read left to right,
 * equal the part's digits. Words without a Latin letter ({@code 2위(2조 원)}) never qualify.
 */
final class NumberedTerm {

    private static final int MAX_WORD = 20;

    private NumberedTerm() {
    }

    /** The run of letters, digits and {@code -} directly before {@code open} (one space allowed), at most 20 chars. */
    static String wordBefore(String text, int open) {
        int e = open;
        if (e > 0 && text.charAt(e - 1) == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && e - s < MAX_WORD) {
            int cp = text.codePointBefore(s);
            if (!Character.isLetterOrDigit(cp) && cp != '-') {
                break;
            }
            s -= Character.charCount(cp);
        }
        return text.substring(s, e);
    }

    /** Whether {@code part} repeats the number of the letters-and-digits word {@code word}. */
    static boolean spellsOut(String word, String part) {
        boolean latin = false;
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c >= '0' && c <= '9') {
                digits.append(c);
            } else if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') {
                latin = true;
            } else if (c != '-') {
                return false;
            }
        }
        if (!latin || digits.length() == 0) {
            return false;
        }
        StringBuilder partDigits = new StringBuilder();
        for (int i = 0; i < part.length() && partDigits.length() <= digits.length(); i++) {
            char c = part.charAt(i);
            if (c >= '0' && c <= '9') {
                partDigits.append(c);
            }
        }
        return digits.toString().contentEquals(partDigits);
    }
}
