package io.sasil.claims.classify;

/**
 * A word of a sentence (어절), bracket-aware: white space inside a matched pair of parentheses,
 * square brackets, single quotation marks or 「」『』 does not split, so
 * {@code ‘샘 올트먼(Samuel Harris Altman)’은} is one chunk.
 *
 * @param start UTF-16 offset in the sentence
 * @param end   end, exclusive
 * @param first index of its first morpheme, or -1 when it holds none
 * @param last  index of its last morpheme, or -2 when it holds none
 */
public record Chunk(int start, int end, int first, int last) {

    boolean isEmpty() {
        return first < 0;
    }
}
