package io.sasil.common.contract;

/**
 * One sentence of a stored document.
 *
 * @param index     position of the sentence in the document, from 0
 * @param paragraph position of its paragraph, from 0
 * @param start     code point offset of its first character in the stored text
 * @param end       code point offset after its last character
 * @param text      the sentence itself
 */
public record SentenceRef(int index, int paragraph, int start, int end, String text) {
}
