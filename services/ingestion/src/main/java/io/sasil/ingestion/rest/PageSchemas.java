package io.sasil.ingestion.rest;

import io.sasil.common.contract.DocumentView;
import io.sasil.ingestion.service.BatchView;
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

    @Schema(name = "DocumentPage", description = "One page of documents")
    record DocumentPage(List<DocumentView> items, int page, int size, long total) {
    }

    @Schema(name = "BatchPage", description = "One page of batches")
    record BatchPage(List<BatchView> items, int page, int size, long total) {
    }
}
