package io.sasil.common.text;

/**
 * Conversions between Java {@code char} indices (UTF-16) and Unicode code point indices.
 *
 * <p><b>The offset convention of the whole suite:</b> every {@code start}/{@code end} that any
 * sasil service stores or returns is a Unicode code point index into the stored (normalised)
 * text of the document, {@code start} inclusive and {@code end} exclusive. A Hangul syllable,
 * a Hanja character and an emoji each count one. Java strings index UTF-16 units, so code that
 * works on {@link String} converts at its boundary with these methods.
 */
public final class CodePoints {

    private CodePoints() {
    }

    /** Number of code points in {@code text}. */
    public static int length(CharSequence text) {
        return Character.codePointCount(text, 0, text.length());
    }

    /** Code point index of the UTF-16 index {@code charIndex}. */
    public static int toCodePoint(CharSequence text, int charIndex) {
        return Character.codePointCount(text, 0, charIndex);
    }

    /** UTF-16 index of the code point index {@code codePointIndex}. */
    public static int toChar(CharSequence text, int codePointIndex) {
        return Character.offsetByCodePoints(text, 0, codePointIndex);
    }

    /** The text between two code point indices (end exclusive). */
    public static String substring(String text, int start, int end) {
        int s = toChar(text, start);
        int e = Character.offsetByCodePoints(text, s, end - start);
        return text.substring(s, e);
    }

    /**
     * A precomputed UTF-16 → code point index table, for code that converts many offsets of one
     * text. Building it costs one pass over the text; each lookup is O(1).
     */
    public static Index index(String text) {
        return new Index(text);
    }

    /** O(1) conversions for one text. */
    public static final class Index {
        private final int[] charToCp;
        private final int[] cpToChar;

        private Index(String text) {
            charToCp = new int[text.length() + 1];
            cpToChar = new int[length(text) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); ) {
                cpToChar[cp] = i;
                int width = Character.charCount(text.codePointAt(i));
                for (int k = 0; k < width; k++) {
                    charToCp[i + k] = cp;
                }
                i += width;
                cp++;
            }
            charToCp[text.length()] = cp;
            cpToChar[cp] = text.length();
        }

        public int toCodePoint(int charIndex) {
            return charToCp[charIndex];
        }

        public int toChar(int codePointIndex) {
            return cpToChar[codePointIndex];
        }

        public int codePointLength() {
            return cpToChar.length - 1;
        }
    }
}
