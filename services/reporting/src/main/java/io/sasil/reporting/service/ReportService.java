package io.sasil.reporting.service;

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
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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

    public ReportService(IngestionClient ingestion, GlossaryClient glossary, ClaimsClient claims) {
        this.ingestion = ingestion;
        this.glossary = glossary;
        this.claims = claims;
    }

    /**
     * The report of one document. The document itself must be readable (404 when ingestion does
     * not know it, 503 when ingestion cannot be reached); a glossary or claims service that is
     * down leaves its part empty and named in {@link DocumentReport#missing()}.
     */
    public DocumentReport document(long id) {
        DocumentView document;
        try {
            document = ingestion.get(id).orElseThrow(() -> ProblemException.notFound("document", id));
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            throw ProblemException.unavailable("ingestion", e.getMessage());
        }
        List<DocumentReport.MissingPart> missing = new ArrayList<>();
        DocumentGlossaryView gloss = read("glossary", () -> glossary.ofDocument(id), missing)
                .orElse(new DocumentGlossaryView(id, List.of(), List.of()));
        DocumentClaimsView claimed = read("claims", () -> claims.ofDocument(id), missing)
                .orElse(new DocumentClaimsView(id, List.of()));
        List<GlossView> glosses = Objects.requireNonNullElse(gloss.glosses(), List.of());
        List<MentionView> mentions = Objects.requireNonNullElse(gloss.mentions(), List.of());
        List<ClaimView> claimList = Objects.requireNonNullElse(claimed.claims(), List.of());
        long entries = glosses.stream().map(GlossView::entryId).filter(Objects::nonNull).distinct().count();
        DocumentReport.Summary summary = new DocumentReport.Summary(
                document.sentences() == null ? 0 : document.sentences().size(), glosses.size(), (int) entries,
                mentions.size(), claimList.size());
        return new DocumentReport(document, summary, glosses, mentions, claimList, missing,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private static <T> Optional<T> read(String part, Supplier<Optional<T>> call, List<DocumentReport.MissingPart> missing) {
        try {
            Optional<T> value = call.get();
            if (value.isEmpty()) {
                missing.add(new DocumentReport.MissingPart(part, "the " + part + " service has nothing for this document"));
            }
            return value;
        } catch (RuntimeException e) {
            LOG.warnf("report part %s unavailable: %s", part, e.getMessage());
            missing.add(new DocumentReport.MissingPart(part, "the " + part + " service is unavailable: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
