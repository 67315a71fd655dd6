package io.sasil.common.contract;

import java.util.List;

/** What the claims service holds for one document. */
public record DocumentClaimsView(long documentId, List<ClaimView> claims) {
}
