package io.sasil.reporting.render;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.contract.QuantityView;
import io.sasil.reporting.check.ArticleTime;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.Involved;
import io.sasil.reporting.report.DocumentReport;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What the HTML template of a document report shows, computed in plain Java so the template only loops and
 * prints (Qute escapes every printed value).
 *
 * <p>Highlights ({@link ArticleHighlighter}): claims are the outer layer (linked to {@code #claim-N}); glossed
 * terms (to their glossary row), glosses, mentions (to their entry's row) and claim quantities (to the claim's
 * row) the inner layer, in that order of precedence.
 *
 * @param document   the document's metadata
 * @param summary    the counts
 * @param missing    the parts that could not be read
 * @param blocks     the article text, laid out with its highlights
 * @param glossary   the glossary rows
 * @param claims     the claim rows
 * @param checks     the check rows
 * @param generated  when the report was assembled, ISO 8601
 * @param safeUrl    the article's URL when it is {@code http:} or {@code https:} (other schemes are never
 *                   linked), else null
 * @param facts      the article's dates in its newsroom's zone, authors, publisher, canonical URL, section
 */
public record HtmlReportModel(DocumentView document, DocumentReport.Summary summary,
        List<DocumentReport.MissingPart> missing, List<ArticleHighlighter.Block> blocks,
        List<GlossaryTable.Row> glossary, List<ClaimRow> claims, List<CheckRow> checks, String generated,
        String safeUrl, ArticleFacts facts) {

    /** One claim row; {@code anchor} is {@code claim-N}, N from 1. */
    public record ClaimRow(String anchor, int number, String type, String score, String quantities, String speaker,
            String hedge, String text, int start, int end) {
    }

    /** One check row with its verdict symbol and links to the claims involved. */
    public record CheckRow(String anchor, int number, String check, String verdict, String symbol,
            String explanation, String tolerance, List<Link> involved) {
    }

    /** A link to a row. */
    public record Link(String target, String text) {
    }

    /** The model of a report, dates of articles that name no zone in Seoul time. */
    public static HtmlReportModel of(DocumentReport r) {
        return of(r, ArticleTime.DEFAULT_ZONE);
    }

    /** The model of a report, dates of articles that name no zone in {@code zone}. */
    public static HtmlReportModel of(DocumentReport r, ZoneId zone) {
        GlossaryTable glossary = GlossaryTable.of(r.glosses(), r.mentions());
        List<ClaimView> claims = r.claims() == null ? List.of() : r.claims();
        List<ArticleHighlighter.Mark> outer = new ArrayList<>();
        List<ArticleHighlighter.Mark> inner = new ArrayList<>();
        List<ClaimRow> claimRows = new ArrayList<>();
        for (int i = 0; i < claims.size(); i++) {
            ClaimView c = claims.get(i);
            String anchor = "claim-" + (i + 1);
            claimRows.add(new ClaimRow(anchor, i + 1, c.type() == null ? "" : c.type().name(), Cells.score(c.score()),
                    Cells.quantities(c.quantities()), Cells.nz(c.speaker()), Cells.nz(c.hedge()), Cells.nz(c.text()),
                    c.start(), c.end()));
            outer.add(new ArticleHighlighter.Mark(c.start(), c.end(), "claim", anchor,
                    "claim " + (i + 1) + (c.type() == null ? "" : " · " + c.type().name())));
        }
        for (GlossView g : r.glosses() == null ? List.<GlossView>of() : r.glosses()) {
            String target = glossary.anchor(g.entryId(), g.term());
            inner.add(new ArticleHighlighter.Mark(g.termStart(), g.termEnd(), "term", target,
                    "glossed term: " + Cells.nz(g.term())));
        }
        for (GlossView g : r.glosses() == null ? List.<GlossView>of() : r.glosses()) {
            String target = glossary.anchor(g.entryId(), g.term());
            inner.add(new ArticleHighlighter.Mark(g.glossStart(), g.glossEnd(), "gloss", target,
                    (g.kind() == null ? "gloss" : g.kind().name()) + " of " + Cells.nz(g.term())));
        }
        for (MentionView m : r.mentions() == null ? List.<MentionView>of() : r.mentions()) {
            inner.add(new ArticleHighlighter.Mark(m.start(), m.end(), "mention", glossary.anchor(m.entryId(), m.text()),
                    "mention of " + Cells.nz(m.entryLabel() == null ? m.text() : m.entryLabel())));
        }
        for (int i = 0; i < claims.size(); i++) {
            for (QuantityView q : claims.get(i).quantities() == null ? List.<QuantityView>of()
                    : claims.get(i).quantities()) {
                if (q != null) {
                    inner.add(new ArticleHighlighter.Mark(q.start(), q.end(), "quantity", "claim-" + (i + 1),
                            Cells.quantity(q)));
                }
            }
        }
        List<CheckRow> checkRows = new ArrayList<>();
        List<CheckResult> checks = r.checks() == null ? List.of() : r.checks();
        for (int i = 0; i < checks.size(); i++) {
            CheckResult c = checks.get(i);
            List<Link> links = new ArrayList<>();
            for (Involved inv : c.involved()) {
                links.add(new Link(inv.claimIndex() >= 0 && inv.claimIndex() < claims.size()
                        ? "claim-" + (inv.claimIndex() + 1) : null, Cells.nz(inv.text())));
            }
            checkRows.add(new CheckRow("check-" + (i + 1), i + 1, c.check(),
                    c.verdict() == null ? "" : c.verdict().name(), Cells.symbol(c.verdict()),
                    Cells.nz(c.explanation()), Cells.nz(c.tolerance()), links));
        }
        String text = r.document().text();
        return new HtmlReportModel(r.document(), r.summary(), r.missing() == null ? List.of() : r.missing(),
                ArticleHighlighter.layout(text, outer, inner), glossary.rows(), claimRows, checkRows,
                r.generatedAt() == null ? "" : ArticleTime.show(r.generatedAt(), zone), safeUrl(r.document().url()),
                ArticleFacts.of(r.document(), zone));
    }

    /** {@code url} when its scheme is http or https (case-insensitive), else null. */
    static String safeUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("http://") || u.startsWith("https://") ? url.strip() : null;
    }
}
