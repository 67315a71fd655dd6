package io.sasil.reporting.service;

import io.sasil.reporting.config.ReportingConfig;
import io.sasil.common.contract.ClaimView;
import io.sasil.common.contract.DocumentClaimsView;
import io.sasil.common.contract.DocumentGlossaryView;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.GlossView;
import io.sasil.common.contract.MentionView;
import io.sasil.common.problem.ProblemException;
import io.sasil.reporting.client.ClaimsClient;
import io.sasil.reporting.client.GlossaryClient;
import io.sasil.reporting.client.IngestionClient;
import io.sasil.reporting.check.CheckResult;
import io.sasil.reporting.check.Verdict;
import io.sasil.reporting.report.DocumentReport;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.context.ManagedExecutor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/** Assembles reports from what ingestion, glossary and claims hold. */
@ApplicationScoped
public class ReportService {

    private static final Logger LOG = Logger.getLogger(ReportService.class);

    private final IngestionClient ingestion;
    private final GlossaryClient glossary;
    private final ClaimsClient claims;
    private final CheckRunner checks;
    private final ZoneId zone;
    private final ManagedExecutor executor;

    public ReportService(IngestionClient ingestion, GlossaryClient glossary, ClaimsClient claims, CheckRunner checks,
            ReportingConfig config, ManagedExecutor executor) {
        this.executor = executor;
        this.ingestion = ingestion;
        this.glossary = glossary;
        this.claims = claims;
        this.checks = checks;
        this.zone = config.timeZone();
    }

    /**
     * The report of one document. The document itself must be readable (404 when ingestion does
     * not know it, 503 when ingestion cannot be reached); a glossary or claims service that is
     * down leaves its part empty and named in {@link DocumentReport#missing()}.
     *
     * <p>The consistency checks run over the claims (and the mentions, when glossary answered) through the
     * {@link CheckRunner}; without claims there are no checks. Assembling a report writes nothing: the check
     * indexer stores the results that corpus reports aggregate.
     */
    public DocumentReport document(long id) {
        // glossary and claims are read while ingestion is: three round trips in the time of the slowest
        CompletableFuture<Part<DocumentGlossaryView>> glossFuture = executor.supplyAsync(
                () -> read("glossary", () -> glossary.ofDocument(id)));
        CompletableFuture<Part<DocumentClaimsView>> claimsFuture = executor.supplyAsync(
                () -> read("claims", () -> claims.ofDocument(id)));
        DocumentView document;
        try {
            document = ingestion.get(id).orElseThrow(() -> ProblemException.notFound("document", id));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ProblemException.unavailable("ingestion", e.getMessage());
        }
        List<DocumentReport.MissingPart> missing = new ArrayList<>();
        Part<DocumentGlossaryView> glossPart = glossFuture.join();
        Part<DocumentClaimsView> claimsPart = claimsFuture.join();
        glossPart.missing().ifPresent(missing::add);
        claimsPart.missing().ifPresent(missing::add);
        DocumentGlossaryView gloss = glossPart.value().orElse(new DocumentGlossaryView(id, List.of(), List.of()));
        DocumentClaimsView claimed = claimsPart.value().orElse(new DocumentClaimsView(id, List.of()));
        List<GlossView> glosses = Objects.requireNonNullElse(gloss.glosses(), List.of());
        List<MentionView> mentions = Objects.requireNonNullElse(gloss.mentions(), List.of());
        List<ClaimView> claimList = Objects.requireNonNullElse(claimed.claims(), List.of());
        boolean claimsRead = missing.stream().noneMatch(m -> m.part().equals("claims"));
        List<CheckResult> checks = claimsRead ? this.checks.run(document, claimList, mentions) : List.of();
        int inconsistent = (int) checks.stream().filter(c -> c.verdict() == Verdict.INCONSISTENT).count();
        long entries = glosses.stream().map(GlossView::entryId).filter(Objects::nonNull).distinct().count();
        DocumentReport.Summary summary = new DocumentReport.Summary(
                document.sentences() == null ? 0 : document.sentences().size(), glosses.size(), (int) entries,
                mentions.size(), claimList.size(), checks.size(), inconsistent);
        return new DocumentReport(document, summary, glosses, mentions, claimList, checks, missing,
                OffsetDateTime.now(zone));
    }

    /** A part of a report as read: its value, or why it is missing. */
    private record Part<T>(Optional<T> value, Optional<DocumentReport.MissingPart> missing) {
    }

    private static <T> Part<T> read(String part, Supplier<Optional<T>> call) {
        try {
            Optional<T> value = call.get();
            return new Part<>(value, value.isPresent() ? Optional.empty()
                    : Optional.of(new DocumentReport.MissingPart(part, "the " + part
                            + " service has nothing for this document")));
        } catch (RuntimeException e) {
            LOG.warnf("report part %s unavailable: %s", part, e.getMessage());
            return new Part<>(Optional.empty(), Optional.of(new DocumentReport.MissingPart(part,
                    UnavailableReason.of(part, e))));
        }
    }
}
