package io.sasil.reporting.check;

/**
 * A quantity (or other stretch of text) a check result rests on.
 *
 * @param claimIndex index of the claim in the list given to the checker
 * @param claimId    the stored claim's id, null for stateless extraction
 * @param text       the quantity as written
 * @param start      code point offset into the document text
 * @param end        end, exclusive
 */
public record Involved(int claimIndex, Long claimId, String text, int start, int end) {
}
