package io.sasil.reporting.render;

import static io.sasil.reporting.render.MarkdownText.cell;
import static io.sasil.reporting.render.MarkdownText.inline;

import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.EntryView;
import io.sasil.reporting.check.ArticleTime;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.Contradiction;
import io.sasil.reporting.check.Involved;
import io.sasil.reporting.report.CorpusReport;
import io.sasil.reporting.report.DocumentReport;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Markdown renderings of document and corpus reports: headings, bullet lists and GFM tables, every value escaped
 * with {@link MarkdownText}.
 */
public final class MarkdownRenderer {

    private final ZoneId zone;

    /** Dates of articles that name no zone, and the time of generation, in Seoul time. */
    public MarkdownRenderer() {
        this(ArticleTime.DEFAULT_ZONE);
    }

    /** Dates of articles that name no zone, and the time of generation, in {@code zone}. */
    public MarkdownRenderer(ZoneId zone) {
        this.zone = zone;
    }

    /** A document report: metadata, summary, missing parts, glossary, claims, checks. */
    public String document(DocumentReport r) {
        StringBuilder b = new StringBuilder();
        DocumentView d = r.document();
        b.append("# Report: ").append(inline(d.title() == null ? "document " + d.id() : d.title())).append("\n\n");
        b.append("- Document: ").append(d.id()).append('\n');
        ArticleFacts facts = ArticleFacts.of(d, zone);
        item(b, "Source", d.source());
        item(b, "Publisher", facts.publisher());
        item(b, "Authors", facts.authors());
        item(b, "Published", facts.published());
        item(b, "Modified", facts.modified());
        item(b, "Section", facts.section());
        item(b, "URL", d.url());
        item(b, "Canonical URL", facts.canonicalUrl());
        item(b, "Status", d.status() == null ? null : d.status().name());
        item(b, "Generated", ArticleTime.show(r.generatedAt(), zone));
        b.append('\n');
        DocumentReport.Summary s = r.summary();
        b.append("## Summary\n\n| sentences | glosses | entries | mentions | claims | checks | inconsistent |\n")
                .append("|---:|---:|---:|---:|---:|---:|---:|\n")
                .append("| ").append(s.sentences()).append(" | ").append(s.glosses()).append(" | ")
                .append(s.entries()).append(" | ").append(s.mentions()).append(" | ").append(s.claims())
                .append(" | ").append(s.checks()).append(" | ").append(s.inconsistent()).append(" |\n\n");
        missing(b, r.missing());

        GlossaryTable glossary = GlossaryTable.of(r.glosses(), r.mentions());
        b.append("## Glossary\n\n");
        if (glossary.rows().isEmpty()) {
            b.append("No glossed terms or mentions.\n\n");
        } else {
            b.append("| term | glosses by kind | mentions | forms |\n|---|---|---:|---|\n");
            for (GlossaryTable.Row row : glossary.rows()) {
                b.append("| ").append(cell(row.term())).append(" | ").append(cell(row.glossesText())).append(" | ")
                        .append(row.mentions()).append(" | ").append(cell(row.formsText())).append(" |\n");
            }
            b.append('\n');
        }

        b.append("## Claims\n\n");
        List<ClaimView> claims = r.claims() == null ? List.of() : r.claims();
        if (claims.isEmpty()) {
            b.append("No claims.\n\n");
        } else {
            b.append("| # | type | score | quantities | speaker | hedge | claim |\n|---:|---|---:|---|---|---|---|\n");
            for (int i = 0; i < claims.size(); i++) {
                ClaimView c = claims.get(i);
                b.append("| ").append(i + 1).append(" | ").append(c.type() == null ? "" : c.type().name())
                        .append(" | ").append(Cells.score(c.score())).append(" | ")
                        .append(cell(Cells.quantities(c.quantities()))).append(" | ").append(cell(c.speaker()))
                        .append(" | ").append(cell(c.hedge())).append(" | ").append(cell(c.text())).append(" |\n");
            }
            b.append('\n');
        }

        b.append("## Consistency checks\n\n");
        List<CheckResult> checks = r.checks() == null ? List.of() : r.checks();
        if (checks.isEmpty()) {
            b.append("No checks apply.\n");
        } else {
            b.append("| # | check | verdict | arithmetic | tolerance | claims |\n|---:|---|---|---|---|---|\n");
            for (int i = 0; i < checks.size(); i++) {
                CheckResult c = checks.get(i);
                b.append("| ").append(i + 1).append(" | ").append(cell(c.check())).append(" | ")
                        .append(Cells.symbol(c.verdict())).append(' ').append(c.verdict()).append(" | ")
                        .append(cell(c.explanation())).append(" | ").append(cell(c.tolerance())).append(" | ")
                        .append(cell(involved(c.involved()))).append(" |\n");
            }
        }
        return b.toString();
    }

    /** A corpus report: filters, terms, claims per entity, contradictions, failed checks. */
    public String corpus(CorpusReport r) {
        StringBuilder b = new StringBuilder("# Corpus report\n\n");
        CorpusReport.Filter f = r.filter();
        item(b, "Source", f.source());
        item(b, "Published from", f.from() == null ? null : f.from().toString());
        item(b, "Published before", f.to() == null ? null : f.to().toString());
        b.append("- Page: ").append(f.page()).append(", size ").append(f.size()).append('\n');
        if (r.documents() != null) {
            b.append("- Documents: ").append(r.documents()).append('\n');
        }
        item(b, "Generated", ArticleTime.show(r.generatedAt(), zone));
        b.append('\n');
        missing(b, r.missing());
        entries(b, "New terms", r.newTerms(), true);
        entries(b, "Most mentioned terms", r.mostMentioned(), false);
        if (r.claimsPerEntity() != null) {
            b.append("## Claims per entity\n\n");
            if (r.claimsPerEntity().isEmpty()) {
                b.append("No claims name an entity.\n\n");
            } else {
                b.append("| entity | claims | per month |\n|---|---:|---|\n");
                for (CorpusReport.EntityTimeline t : r.claimsPerEntity()) {
                    b.append("| ").append(cell(t.label() == null ? "entry " + t.entryId() : t.label())).append(" | ")
                            .append(t.claims()).append(" | ").append(cell(t.periods().stream()
                                    .map(p -> p.period() + ": " + p.claims()).collect(Collectors.joining(", "))))
                            .append(" |\n");
                }
                b.append('\n');
            }
        }
        if (r.contradictions() != null) {
            b.append("## Contradictions\n\n");
            if (r.contradictions().isEmpty()) {
                b.append("None found.\n\n");
            } else {
                b.append("| entity | measure | first | second | values | tolerance |\n|---|---|---|---|---|---|\n");
                for (Contradiction c : r.contradictions()) {
                    b.append("| ").append(cell(c.subject())).append(" | ").append(cell(c.measure())).append(" | ")
                            .append(cell(statement(c.first()))).append(" | ").append(cell(statement(c.second())))
                            .append(" | ").append(cell(c.explanation())).append(" | ").append(cell(c.tolerance()))
                            .append(" |\n");
                }
                b.append('\n');
            }
        }
        if (r.failedChecks() != null) {
            b.append("## Failed checks\n\n");
            if (r.failedChecks().byCheck().isEmpty()) {
                b.append("None.\n");
            } else {
                b.append("| check | results | documents |\n|---|---:|---:|\n");
                for (CorpusReport.CheckCount c : r.failedChecks().byCheck()) {
                    b.append("| ").append(cell(c.check())).append(" | ").append(c.results()).append(" | ")
                            .append(c.documents()).append(" |\n");
                }
                b.append("\n| document | source | published | check | arithmetic |\n|---:|---|---|---|---|\n");
                for (CorpusReport.FailedCheck c : r.failedChecks().results()) {
                    b.append("| ").append(c.documentId()).append(" | ").append(cell(c.source())).append(" | ")
                            .append(c.publishedAt() == null ? "" : ArticleTime.in(c.publishedAt(), zone).toLocalDate()).append(" | ")
                            .append(cell(c.check())).append(" | ").append(cell(c.explanation())).append(" |\n");
                }
            }
        }
        return b.toString();
    }

    private static void entries(StringBuilder b, String heading, List<EntryView> entries, boolean firstSeen) {
        if (entries == null) {
            return;
        }
        b.append("## ").append(heading).append("\n\n");
        if (entries.isEmpty()) {
            b.append("None.\n\n");
            return;
        }
        b.append(firstSeen ? "| term | category | first seen | mentions | documents |\n|---|---|---|---:|---:|\n"
                : "| term | category | mentions | documents |\n|---|---|---:|---:|\n");
        for (EntryView e : entries) {
            b.append("| ").append(cell(e.preferredLabel())).append(" | ").append(cell(e.category())).append(" | ");
            if (firstSeen) {
                b.append(e.firstSeenAt() == null ? "" : e.firstSeenAt().toLocalDate()).append(" | ");
            }
            b.append(e.frequency()).append(" | ").append(e.documents()).append(" |\n");
        }
        b.append('\n');
    }

    private static void missing(StringBuilder b, List<DocumentReport.MissingPart> missing) {
        if (missing == null || missing.isEmpty()) {
            return;
        }
        b.append("## Missing parts\n\n");
        for (DocumentReport.MissingPart m : missing) {
            b.append("- ").append(inline(m.part())).append(": ").append(inline(m.reason())).append('\n');
        }
        b.append('\n');
    }

    private static void item(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append("- ").append(name).append(": ").append(inline(value)).append('\n');
        }
    }

    static String involved(List<Involved> involved) {
        return involved == null ? "" : involved.stream()
                .map(i -> "claim " + (i.claimIndex() + 1) + ": " + i.text()).collect(Collectors.joining("; "));
    }

    private static String statement(Contradiction.Statement s) {
        return "document " + s.documentId() + (s.title() == null ? "" : " (" + s.title() + ")")
                + (s.claim() == null ? "" : ": " + s.claim().text());
    }
}
