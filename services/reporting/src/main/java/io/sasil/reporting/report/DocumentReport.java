package io.sasil.reporting.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import io.sasil.reporting.check.CheckResult;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the suite holds about one document.
 *
 * @param document    the document's metadata and text (from ingestion)
 * @param summary     counts at a glance
 * @param glosses     the gloss pairs (from glossary); empty when {@code missing} names glossary
 * @param mentions    the mentions of term base entries (from glossary)
 * @param claims      the claims (from claims); empty when {@code missing} names claims
 * @param checks      the consistency checks run over the claims ({@link io.sasil.reporting.check.ConsistencyChecker});
 *                    {@link io.sasil.reporting.check.Involved#claimIndex()} indexes {@code claims}; empty when
 *                    {@code missing} names claims
 * @param missing     the parts that could not be read, each with the reason; empty when complete
 * @param generatedAt when this report was assembled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DocumentReport(DocumentView document, Summary summary, List<GlossView> glosses,
        List<MentionView> mentions, List<ClaimView> claims, List<CheckResult> checks, List<MissingPart> missing, OffsetDateTime generatedAt) {

    /**
     * Counts at a glance.
     *
     * @param inconsistent how many checks found figures that do not hold together
     */
    public record Summary(int sentences, int glosses, int entries, int mentions, int claims, int checks,
            int inconsistent) {
    }

    /** A part of the report that could not be read. */
    public record MissingPart(String part, String reason) {
    }
}
