package io.sasil.common.text;

/**
 * A text after {@link TextNormalizer}, with the map between its code point offsets and those of
 * the original text.
 *
 * <p>Both directions are monotone (non-decreasing) and total:
 * <ul>
 *   <li>{@link #toOriginal(int)} maps a normalised position to the original position of the code
 *       point it came from; {@code toOriginal(length())} is the original length.
 *       {@link #toOriginalEnd(int)} maps an end offset to the end of what the code point before it
 *       came from: use it for the end of a span ({@link #toOriginal(Span)} does), so characters
 *       dropped at the edges of a span stay outside it. A position inside a cluster that NFC merged
 *       or expanded (a decomposed syllable, a base with its combining marks) maps to the start of
 *       that cluster; an end inside one maps to the end of that cluster.</li>
 *   <li>{@link #toNormalized(int)} maps an original position to the first normalised position whose
 *       origin is at or after it: a dropped character (zero-width space, soft hyphen, trailing
 *       space, the CR of a CRLF) maps to the position of the next kept one, so a span
 *       {@code [start, end)} of the original always maps to the normalised span covering what
 *       survived of it.</li>
 * </ul>
 * When normalisation changed nothing, both maps are the identity and no table is kept.
 */
public final class NormalizedText {

    private final String original;
    private final String text;
    private final int originalLength;
    private final int length;
    /** normalised code point index → original code point index; null when identity. */
    private final int[] toOriginal;
    /** normalised code point index k → original end of code point k - 1; null when identity. */
    private final int[] toOriginalEnd;
    /** original code point index → normalised code point index; null when identity. */
    private final int[] toNormalized;

    private NormalizedText(String original, String text, int originalLength, int length, int[] toOriginal,
                           int[] toOriginalEnd) {
        this.original = original;
        this.text = text;
        this.originalLength = originalLength;
        this.length = length;
        this.toOriginal = toOriginal;
        this.toOriginalEnd = toOriginalEnd;
        this.toNormalized = toOriginal == null ? null : invert(toOriginal, length, originalLength);
    }

    /** A text that normalisation left unchanged. */
    static NormalizedText identity(String text) {
        int n = CodePoints.length(text);
        return new NormalizedText(text, text, n, n, null, null);
    }

    /**
     * A normalised text; {@code toOriginal[k]} is the original code point index where normalised
     * code point {@code k} came from and {@code originEnd[k]} the end of what it came from, for
     * {@code k < length}; the arrays may be longer than {@code length}.
     */
    static NormalizedText mapped(String original, String text, int[] toOriginal, int[] originEnd) {
        int n = CodePoints.length(text);
        int on = CodePoints.length(original);
        int[] map = new int[n + 1];
        System.arraycopy(toOriginal, 0, map, 0, n);
        map[n] = on;
        int[] ends = new int[n + 1];
        System.arraycopy(originEnd, 0, ends, 1, n);
        return new NormalizedText(original, text, on, n, map, ends);
    }

    private static int[] invert(int[] toOriginal, int length, int originalLength) {
        int[] inverse = new int[originalLength + 1];
        int k = 0;
        for (int o = 0; o <= originalLength; o++) {
            while (k < length && toOriginal[k] < o) {
                k++;
            }
            inverse[o] = k;
        }
        return inverse;
    }

    /** The normalised text. */
    public String text() {
        return text;
    }

    /** The text as it was given. */
    public String original() {
        return original;
    }

    /** Length of the normalised text in code points. */
    public int length() {
        return length;
    }

    /** Length of the original text in code points. */
    public int originalLength() {
        return originalLength;
    }

    /** Whether normalisation changed anything. */
    public boolean changed() {
        return toOriginal != null;
    }

    /**
     * Original code point index of the normalised code point index {@code normalizedCodePoint}
     * (0 ≤ index ≤ {@link #length()}).
     */
    public int toOriginal(int normalizedCodePoint) {
        if (normalizedCodePoint < 0 || normalizedCodePoint > length) {
            throw new IndexOutOfBoundsException("normalised offset " + normalizedCodePoint + " outside [0, " + length + "]");
        }
        return toOriginal == null ? normalizedCodePoint : toOriginal[normalizedCodePoint];
    }

    /**
     * Normalised code point index of the original code point index {@code originalCodePoint}
     * (0 ≤ index ≤ {@link #originalLength()}).
     */
    public int toNormalized(int originalCodePoint) {
        if (originalCodePoint < 0 || originalCodePoint > originalLength) {
            throw new IndexOutOfBoundsException("original offset " + originalCodePoint + " outside [0, " + originalLength + "]");
        }
        return toNormalized == null ? originalCodePoint : toNormalized[originalCodePoint];
    }

    /**
     * Original end offset of a normalised end offset: the end of what normalised code point
     * {@code normalizedEnd - 1} came from, so characters dropped right after it (a zero-width
     * space, trailing blanks, the CR of a CRLF) stay outside. {@code toOriginalEnd(0)} is
     * {@code toOriginal(0)}.
     */
    public int toOriginalEnd(int normalizedEnd) {
        if (normalizedEnd < 0 || normalizedEnd > length) {
            throw new IndexOutOfBoundsException("normalised offset " + normalizedEnd + " outside [0, " + length + "]");
        }
        if (toOriginalEnd == null) {
            return normalizedEnd;
        }
        return normalizedEnd == 0 ? toOriginal[0] : toOriginalEnd[normalizedEnd];
    }

    /**
     * The original span of a normalised span: {@code [toOriginal(start), toOriginalEnd(end))}
     * (never shorter than empty). It covers exactly what the normalised span came from; dropped
     * characters at its edges stay outside.
     */
    public Span toOriginal(Span normalized) {
        int start = toOriginal(normalized.start());
        return new Span(start, Math.max(start, toOriginalEnd(normalized.end())));
    }

    @Override
    public String toString() {
        return text;
    }
}
