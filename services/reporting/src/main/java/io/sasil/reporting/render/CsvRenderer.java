package io.sasil.reporting.render;

import io.sasil.common.contract.ClaimView;
import io.sasil.reporting.check.ArticleTime;
import io.sasil.reporting.report.CorpusReport;
import io.sasil.reporting.report.DocumentReport;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * CSV renderings ({@link CsvText} rules): the claims table of a document report (with the article's publication
 * time in its newsroom's zone, {@code 2025-02-03T09:30+09:00}, on every row), and the claims per entity and
 * period of a corpus report.
 */
public final class CsvRenderer {

    /** Columns of the document claims table. */
    public static final List<String> CLAIM_COLUMNS = List.of("document_id", "claim_no", "claim_id", "start", "end",
            "type", "score", "claim", "speaker", "hedge", "quantities", "subjects", "text", "published_at");

    private final ZoneId zone;

    /** Publication times of articles that name no zone in Seoul time. */
    public CsvRenderer() {
        this(ArticleTime.DEFAULT_ZONE);
    }

    /** Publication times of articles that name no zone in {@code zone}. */
    public CsvRenderer(ZoneId zone) {
        this.zone = zone;
    }

    /** Columns of the corpus table. */
    public static final List<String> CORPUS_COLUMNS = List.of("entry_id", "label", "period", "claims");

    /** Every claim of the document, one row each, in the report's order. */
    public String claims(DocumentReport report) {
        StringBuilder b = new StringBuilder(CsvText.line(CLAIM_COLUMNS));
        List<ClaimView> claims = report.claims() == null ? List.of() : report.claims();
        String published = ArticleTime.show(report.document().publishedAt(), ArticleTime.zoneOf(report.document(), zone));
        for (int i = 0; i < claims.size(); i++) {
            ClaimView c = claims.get(i);
            b.append(CsvText.line(Arrays.asList(report.document().id(), i + 1, c.id(), c.start(), c.end(),
                    c.type() == null ? null : c.type().name(), Cells.score(c.score()), c.claim(), c.speaker(),
                    c.hedge(), Cells.quantities(c.quantities()),
                    c.subjects() == null ? null : String.join(" ", c.subjects().stream().map(String::valueOf).toList()),
                    c.text(), published)));
        }
        return b.toString();
    }

    /** Claims per entity and period: one row per entity and period. */
    public String corpus(CorpusReport report) {
        StringBuilder b = new StringBuilder(CsvText.line(CORPUS_COLUMNS));
        if (report.claimsPerEntity() != null) {
            for (CorpusReport.EntityTimeline t : report.claimsPerEntity()) {
                for (CorpusReport.PeriodCount p : t.periods()) {
                    b.append(CsvText.line(Arrays.asList(t.entryId(), t.label(), p.period(), p.claims())));
                }
            }
        }
        return b.toString();
    }
}
