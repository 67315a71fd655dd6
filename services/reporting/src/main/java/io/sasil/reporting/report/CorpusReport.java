package io.sasil.reporting.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.sasil.common.contract.EntryView;
import io.sasil.reporting.check.Contradiction;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the corpus holds together and where it disagrees.
 *
 * @param filter          the filters and page applied
 * @param documents       how many documents match the filters (from ingestion); null when ingestion is missing
 * @param newTerms        the page of term base entries seen most recently (from glossary)
 * @param mostMentioned   the page of entries with the most mentions (from glossary)
 * @param claimsPerEntity the page of entities with the most claims, with their claims per month (from claims)
 * @param contradictions  claims of different documents about the same entity and measure that disagree, for the
 *                        entities with the most claims in view (bounded by configuration)
 * @param failedChecks    consistency checks that found figures not holding together (aggregated in this
 *                        service's database)
 * @param missing         the parts that could not be read, each with the reason; empty when complete
 * @param generatedAt     when this report was assembled
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CorpusReport(Filter filter, Long documents, List<EntryView> newTerms, List<EntryView> mostMentioned,
        List<EntityTimeline> claimsPerEntity, List<Contradiction> contradictions, FailedChecks failedChecks,
        List<DocumentReport.MissingPart> missing, OffsetDateTime generatedAt) {

    /**
     * The filters of a corpus report.
     *
     * @param source publisher or feed, or null for all
     * @param from   first publication date (inclusive, Seoul time), or null
     * @param to     last publication date (exclusive), or null
     * @param page   page index from 0
     * @param size   page size
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Filter(String source, LocalDate from, LocalDate to, int page, int size) {
    }

    /**
     * Claims naming one entity over time.
     *
     * @param entryId the glossary entry
     * @param label   its preferred label, when glossary could tell
     * @param claims  all its claims in view
     * @param periods claims per period ({@code 2025-02}), oldest first
     */
    public record EntityTimeline(long entryId, String label, long claims, List<PeriodCount> periods) {
    }

    /** Claims in one period. */
    public record PeriodCount(String period, long claims) {
    }

    /**
     * Failed checks.
     *
     * @param byCheck  per check: how many results and documents
     * @param total    how many failed results match in all
     * @param results  the page of failed results, newest documents first
     */
    public record FailedChecks(List<CheckCount> byCheck, long total, List<FailedCheck> results) {
    }

    /** How often one check failed. */
    public record CheckCount(String check, long results, long documents) {
    }

    /** One failed check result. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailedCheck(long documentId, String source, OffsetDateTime publishedAt, String check,
            String explanation, String tolerance) {
    }
}
