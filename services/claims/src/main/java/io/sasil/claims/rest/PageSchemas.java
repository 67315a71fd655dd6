package io.sasil.claims.rest;

import io.sasil.common.contract.DocumentClaimView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The OpenAPI schemas of this service's listings: {@link io.sasil.common.contract.Page} with its items typed.
 * SmallRye types nothing inside a generic record named by {@code @Schema(implementation = Page.class)}, so each
 * listing's 200 response names one of these instead. Documentation only: the body is the contract's {@code Page}
 * (the platform test checks that every page schema has exactly its fields).
 */
final class PageSchemas {

    private PageSchemas() {
    }

    @Schema(name = "DocumentClaimPage", description = "One page of claims with their documents")
    record DocumentClaimPage(List<DocumentClaimView> items, int page, int size, long total) {
    }
}
