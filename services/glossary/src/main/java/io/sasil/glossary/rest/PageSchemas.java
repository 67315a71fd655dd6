package io.sasil.glossary.rest;

import io.sasil.common.contract.EntryView;
import io.sasil.glossary.service.EntryService.EntryMentionView;
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

    @Schema(name = "EntryPage", description = "One page of term-base entries")
    record EntryPage(List<EntryView> items, int page, int size, long total) {
    }

    @Schema(name = "MentionPage", description = "One page of an entry's mentions")
    record MentionPage(List<EntryMentionView> items, int page, int size, long total) {
    }
}
