package io.sasil.common.contract;

import java.time.OffsetDateTime;

/**
 * A stored claim with the document it belongs to, as corpus queries return it.
 *
 * @param documentId  the document
 * @param publishedAt the document's publication time, if known
 * @param claim       the claim
 */
public record DocumentClaimView(long documentId, OffsetDateTime publishedAt, ClaimView claim) {
}
