package io.sasil.glossary.extract;

import io.sasil.common.contract.GlossKind;

/**
 * One (term, gloss) pair found in a text. Offsets are Unicode code point indices, end exclusive.
 *
 * @param term       the glossed term as written, without quotes
 * @param gloss      one gloss of the term, without label or quotes
 * @param kind       what the gloss is
 * @param termStart  code point offset of the term
 * @param termEnd    end of the term, exclusive
 * @param glossStart code point offset of the gloss
 * @param glossEnd   end of the gloss, exclusive
 */
public record Gloss(String term, String gloss, GlossKind kind, int termStart, int termEnd, int glossStart,
        int glossEnd) {
}
