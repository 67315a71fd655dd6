package io.sasil.glossary.service;

import io.sasil.common.problem.ProblemException;

/**
 * The checks every text to analyse passes first, each failing with a problem: null or blank (400), longer than the
 * configured limit in code points (413), or not text (422): a NUL character, or more than 1 in 20 code points being
 * control characters (other than tab and line breaks), U+FFFD replacement characters or noncharacters.
 */
public final class TextGuard {

    private TextGuard() {
    }

    /** Throws a {@link ProblemException} unless {@code text} is acceptable. */
    public static void check(String field, String text, int maxCodePoints) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField(field, "must not be empty");
        }
        if (text.length() > maxCodePoints && text.codePointCount(0, text.length()) > maxCodePoints) {
            throw new ProblemException(413, "too-large", "Content too large", field + " has "
                    + text.codePointCount(0, text.length()) + " code points; the limit is " + maxCodePoints);
        }
        int junk = 0;
        int total = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            total++;
            if (cp == 0) {
                throw ProblemException.unprocessable("not-text", field + " contains a NUL character: binary data?");
            }
            boolean control = Character.isISOControl(cp) && cp != '\t' && cp != '\n' && cp != '\r';
            boolean nonChar = cp == 0xFFFD || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF)
                    || Character.getType(cp) == Character.SURROGATE;
            if (control || nonChar) {
                junk++;
            }
        }
        if (junk * 20 > total) {
            throw ProblemException.unprocessable("not-text",
                    field + " is not text: " + junk + " of " + total + " code points are control or replacement characters");
        }
    }
}
