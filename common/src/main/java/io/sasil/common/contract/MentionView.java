package io.sasil.common.contract;

/**
 * A mention of a term base entry in a text, glossed or not.
 *
 * @param start      code point offset of the mention (the term, without particles or quotes)
 * @param end        end of the mention, exclusive
 * @param text       the mentioned form as written
 * @param entryId    the entry it resolves to (null for an entry of the text's own glosses that is not stored)
 * @param entryLabel the entry's preferred label
 */
public record MentionView(int start, int end, String text, Long entryId, String entryLabel) {
}
