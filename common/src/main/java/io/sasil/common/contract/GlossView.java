package io.sasil.common.contract;

/**
 * One (term, gloss) pair found in a text, with the term base entry it belongs to.
 *
 * @param term       the glossed term as written, without quotes
 * @param gloss      one gloss of the term (a multi-part parenthesis yields one pair per part)
 * @param kind       what the gloss is
 * @param termStart  code point offset of the term
 * @param termEnd    end of the term, exclusive
 * @param glossStart code point offset of the gloss
 * @param glossEnd   end of the gloss, exclusive
 * @param entryId    the term base entry, or null when the text was analysed without storing
 */
public record GlossView(String term, String gloss, GlossKind kind, int termStart, int termEnd, int glossStart,
        int glossEnd, Long entryId) {
}
