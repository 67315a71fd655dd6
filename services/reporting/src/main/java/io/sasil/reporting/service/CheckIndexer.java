package io.sasil.reporting.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.sasil.common.contract.DocumentView;
import io.sasil.common.contract.Page;
import io.sasil.reporting.client.IngestionClient;
import io.sasil.reporting.config.ReportingConfig;
import io.sasil.reporting.model.IndexerCursor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jboss.logging.Logger;

/**
 * Runs the consistency checks of every analysed document, so that corpus reports ("checks that
 * failed") cover the whole corpus and not only the documents someone opened a report of.
 *
 * <p>It follows ingestion's ANALYSED documents in id order from a cursor kept in the database
 * ({@code indexer_cursor}), assembles each document's report (which stores its check results,
 * replacing earlier ones) and advances the cursor past it. A document whose report cannot be
 * assembled completely stops the sweep at that document, to be tried again next sweep. Several
 * replicas may sweep at once: storing a document's results twice is harmless, and the cursor only
 * moves forward. A document analysed again later keeps its id and is refreshed when its report is
 * next opened.
 */
@ApplicationScoped
public class CheckIndexer {

    static final String CURSOR = "checks";
    private static final Logger LOG = Logger.getLogger(CheckIndexer.class);

    private final IngestionClient ingestion;
    private final ReportService reports;
    private final ReportingConfig config;

    public CheckIndexer(IngestionClient ingestion, ReportService reports, ReportingConfig config) {
        this.ingestion = ingestion;
        this.reports = reports;
        this.config = config;
    }

    @Scheduled(every = "${sasil.reporting.indexer.interval:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void scheduled() {
        try {
            sweep();
        } catch (RuntimeException e) {
            LOG.warnf("check indexer: ingestion not readable, will try again: %s", e.getMessage());
        }
    }

    /** Checks the next analysed documents after the cursor; returns how many it checked. */
    public int sweep() {
        long after = cursor();
        Page<DocumentView> page = ingestion.analysedAfter(after, config.indexer().batchSize());
        int checked = 0;
        for (DocumentView document : page.items()) {
            DocumentReport report = reports.document(document.id());
            if (!report.missing().isEmpty()) {
                LOG.infof("check indexer: document %d incomplete (%s); will retry", document.id(), report.missing());
                break;
            }
            advance(document.id());
            checked++;
        }
        return checked;
    }

    /** The largest document id checked so far (0 before the first). */
    public long cursor() {
        return QuarkusTransaction.requiringNew().call(() -> {
            IndexerCursor cursor = IndexerCursor.findById(CURSOR);
            return cursor == null ? 0L : cursor.lastDocumentId;
        });
    }

    private void advance(long documentId) {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int moved = IndexerCursor.update("lastDocumentId = ?1, updatedAt = ?2 where name = ?3 and lastDocumentId < ?1",
                    documentId, now, CURSOR);
            if (moved == 0 && IndexerCursor.findById(CURSOR) == null) {
                IndexerCursor cursor = new IndexerCursor();
                cursor.name = CURSOR;
                cursor.lastDocumentId = documentId;
                cursor.updatedAt = now;
                cursor.persist();
            }
        });
    }

    /** Skips the sweep when {@code sasil.reporting.indexer.enabled} is false. */
    @ApplicationScoped
    public static class Disabled implements Scheduled.SkipPredicate {
        private final ReportingConfig config;

        public Disabled(ReportingConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.indexer().enabled();
        }
    }
}
