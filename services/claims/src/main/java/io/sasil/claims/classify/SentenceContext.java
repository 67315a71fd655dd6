package io.sasil.claims.classify;

/**
 * Where a sentence stands in its text: the layout facts the model reads beside the sentence's words.
 *
 * @param index             position of the sentence among the text's sentences, from 0
 * @param count             number of sentences in the text
 * @param afterLineBreak    whether a line break (not the start of the text) comes right before it,
 *                          white space aside
 * @param beforeLineBreak   whether a line break (not the end of the text) comes right after it, white space
 *                          aside
 * @param startsInsideQuote whether a quotation opened by an earlier sentence is still open
 */
public record SentenceContext(int index, int count, boolean afterLineBreak, boolean beforeLineBreak,
        boolean startsInsideQuote) {

    /** A sentence given on its own. */
    public static final SentenceContext ALONE = new SentenceContext(0, 1, false, false, false);

    /**
     * A headline: the first sentence of a text, on a line of its own, with more text after it. The title
     * of an article (SPEC: always a non-claim) is one.
     */
    public boolean headline() {
        return index == 0 && beforeLineBreak;
    }

    /** A line of its own inside the text: a subheading, a caption, a reference line. */
    public boolean ownLine() {
        return index > 0 && afterLineBreak && beforeLineBreak;
    }
}
