package io.sasil.glossary.rest;

import io.sasil.common.contract.EntryView;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the entries API. */
public final class EntryRequests {

    private EntryRequests() {
    }

    /**
     * A new entry, or the full replacement of one (PUT).
     *
     * @param preferredLabel the label shown (one of the labels; the first label when absent)
     * @param category       PERSON, ORGANISATION, PRODUCT, CONCEPT, LAW, IDIOM or null
     * @param labels         every label with its type (KOREAN, LATIN, HANJA, ORIGINAL_SCRIPT, ABBREVIATION, DEFINITION)
     */
    @Schema(example = "{\"preferredLabel\":\"딥시크\",\"category\":\"ORGANISATION\",\"labels\":[{\"text\":\"딥시크\",\"type\":\"KOREAN\"},{\"text\":\"DeepSeek\",\"type\":\"LATIN\"}]}")
    public record EntryRequest(String preferredLabel, String category, List<EntryView.LabelView> labels) {
    }

    /**
     * A partial change: only what is given changes.
     *
     * @param preferredLabel a new preferred label
     * @param category       a new category; an empty string clears it
     * @param addLabels      labels to add
     * @param removeLabels   label texts to remove
     */
    @Schema(example = "{\"addLabels\":[{\"text\":\"深度求索\",\"type\":\"ORIGINAL_SCRIPT\"}],\"removeLabels\":[\"딥식\"]}")
    public record EntryPatch(String preferredLabel, String category, List<EntryView.LabelView> addLabels,
            List<String> removeLabels) {
    }

    /** The entries to merge into the path's entry. */
    @Schema(example = "{\"ids\":[12,31]}")
    public record MergeRequest(List<Long> ids) {
    }

    /**
     * A split: either {@code mergeId} (undo that merge) or {@code labels} (split them off into a new entry).
     */
    @Schema(example = "{\"labels\":[\"오픈소스\"]}")
    public record SplitRequest(Long mergeId, List<String> labels) {
    }

    /** The result of an import. */
    @Schema(example = "{\"imported\":42}")
    public record ImportSummary(int imported) {
    }
}
