package io.sasil.common.text;

import io.sasil.common.contract.SentenceRef;

/**
 * One sentence of a text, as found by {@link SentenceSplitter}.
 *
 * @param index     position of the sentence in the whole text, from 0
 * @param paragraph index of its paragraph
 * @param start     code point offset of its first non-blank character
 * @param end       code point offset after its last non-blank character
 * @param text      the sentence, trimmed: exactly the code points {@code [start, end)}
 */
public record Sentence(int index, int paragraph, int start, int end, String text) {

    /** The wire form of this sentence. */
    public SentenceRef toRef() {
        return new SentenceRef(index, paragraph, start, end, text);
    }

    /** Its span. */
    public Span span() {
        return new Span(start, end);
    }
}
