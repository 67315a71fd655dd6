package io.sasil.glossary.termbase;

import io.sasil.common.text.Span;

/**
 * Where a gloss pair of an entry was seen.
 *
 * @param documentId the document, or null when the pair was added by hand
 * @param term       the term as written there (used to give evidence back when an entry is split)
 * @param termSpan   code point span of the term in the document, or null
 * @param glossSpan  code point span of the gloss in the document, or null
 */
public record Evidence(String documentId, String term, Span termSpan, Span glossSpan) {
}
