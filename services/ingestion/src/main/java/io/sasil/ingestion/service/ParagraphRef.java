package io.sasil.ingestion.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One paragraph of a stored document.
 *
 * @param index         position of the paragraph, from 0
 * @param start         code point offset of its first sentence's start
 * @param end           code point offset after its last sentence
 * @param firstSentence index of its first sentence
 * @param sentences     how many sentences it has
 * @param text          the paragraph, exactly the code points {@code [start, end)}
 */
@Schema(name = "Paragraph", description = "A paragraph: a non-blank line of the text, with its sentences")
public record ParagraphRef(int index, int start, int end, int firstSentence, int sentences, String text) {
}
