package io.sasil.common.text;

import java.util.List;

/**
 * One paragraph of a text, as found by {@link SentenceSplitter}.
 *
 * @param index     position of the paragraph in the text, from 0
 * @param start     code point offset of its first non-blank character
 * @param end       code point offset after its last non-blank character
 * @param sentences its sentences, in order
 */
public record Paragraph(int index, int start, int end, List<Sentence> sentences) {

    public Paragraph {
        sentences = List.copyOf(sentences);
    }
}
