package io.sasil.claims.rest;

import io.sasil.common.contract.ClaimView;
import java.util.List;

/** The claims of a text (with {@code all=true}, every sentence with its score). */
public record ExtractResponse(List<ClaimView> claims) {
}
