package io.sasil.reporting.service;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import io.sasil.common.contract.DocumentChange;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.common.problem.ProblemException;
import io.sasil.reporting.client.IngestionClient;
import io.sasil.reporting.config.ReportingConfig;
import io.sasil.reporting.model.IndexerCursor;
import io.sasil.reporting.report.DocumentReport;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Runs the consistency checks of every analysed document and stores them, so that corpus reports
 * ("checks that failed") cover the whole corpus and not only the documents someone opened a report of.
 *
 * <p>It follows ingestion's change feed ({@code GET /api/documents/changes}) in ({@code updatedAt}, id)
 * order from a cursor kept in the database ({@code indexer_cursor}): a document that becomes ANALYSED
 * (for the first time or again after a reprocess) is checked through the {@link CheckRunner} and its
 * results replace the stored ones; a deleted document's results are dropped; other changes (a
 * document back at RECEIVED) are passed, since the document comes again when it is analysed. The
 * feed only serves settled changes, so a lower id that finishes later is not passed over. A document
 * whose report cannot be assembled completely stops the sweep there, to be tried again next sweep.
 * Several replicas may sweep at once: a document's results are stored under its lock (one replica after the
 * other, the second finding the same results and writing nothing), a deleted document's results are not stored
 * again after they were forgotten, and the cursor only moves forward.
 */
@ApplicationScoped
public class CheckIndexer {

    static final String CURSOR = "checks";
    private static final Logger LOG = Logger.getLogger(CheckIndexer.class);

    /** Where the indexer stands in the change feed. */
    public record Cursor(OffsetDateTime changedAt, long documentId) {
    }

    private final IngestionClient ingestion;
    private final ReportService reports;
    private final CheckStore store;
    private final ReportingConfig config;
    /** The time of the oldest change seen but not handled by the last sweep, or null when it caught up. */
    private volatile OffsetDateTime behindSince;
    /** Changes handled, by outcome: a document's checks stored, a deleted document's forgotten, or passed. */
    private final Counter indexed;
    private final Counter forgotten;
    private final Counter passed;

    public CheckIndexer(IngestionClient ingestion, ReportService reports, CheckStore store, ReportingConfig config,
            MeterRegistry registry) {
        this.ingestion = ingestion;
        this.reports = reports;
        this.store = store;
        this.config = config;
        Gauge.builder("sasil.indexer.lag.seconds", this, CheckIndexer::lagSeconds)
                .description("Age of the oldest change of ingestion's feed the check indexer has not handled "
                        + "(0 when it has caught up)").register(registry);
        this.indexed = changes(registry, "indexed");
        this.forgotten = changes(registry, "forgotten");
        this.passed = changes(registry, "passed");
    }

    private static Counter changes(MeterRegistry registry, String outcome) {
        return Counter.builder("sasil.indexer.changes")
                .description("Changes of ingestion's feed the check indexer handled: a document's checks stored"
                        + " (indexed), a deleted document's results dropped (forgotten), or a change passed")
                .tag("outcome", outcome).register(registry);
    }

    @Scheduled(every = "${sasil.reporting.indexer.interval:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = Disabled.class)
    void scheduled() {
        try {
            while (sweep() == config.indexer().batchSize()) {
                // a full page: more may be waiting
            }
        } catch (RuntimeException e) {
            LOG.warnf("check indexer: ingestion not readable, will try again: %s", e.getMessage());
        }
    }

    /** Handles the next changes after the cursor; returns how many it handled. */
    public int sweep() {
        Cursor cursor = cursor();
        List<DocumentChange> changes = ingestion.changes(cursor.changedAt(), cursor.documentId(),
                config.indexer().batchSize());
        int handled = 0;
        DocumentChange last = null;
        try {
            for (DocumentChange change : changes) {
                if (!handle(change)) {
                    behindSince = change.updatedAt();
                    return handled;
                }
                last = change;
                handled++;
            }
        } finally {
            // the cursor moves once per page, past the last change handled (a change handled again after a crash
            // only stores the same results again)
            if (last != null) {
                advance(last);
            }
        }
        // a full page: more changes wait behind the last one handled
        behindSince = changes.size() == config.indexer().batchSize() ? changes.get(changes.size() - 1).updatedAt() : null;
        return handled;
    }

    /** Handles one change; false when the document's report is not complete yet (try again later). */
    private boolean handle(DocumentChange change) {
        long id = change.id();
        if (change.deleted()) {
            store.forget(id);
            forgotten.increment();
            return true;
        }
        if (change.status() != DocumentStatus.ANALYSED) {
            passed.increment();
            return true;
        }
        DocumentReport report;
        try {
            report = reports.document(id);
        } catch (ProblemException e) {
            if (e.status() == 404) {
                passed.increment();
                return true;   // deleted since: its deletion is a later change of the feed
            }
            throw e;
        }
        if (!report.missing().isEmpty()) {
            LOG.infof("check indexer: document %d incomplete (%s); will retry", id, report.missing());
            return false;
        }
        try {
            store.replace(report.document(), report.checks());
            indexed.increment();
        } catch (ProblemException e) {
            if (e.status() != 410) {
                throw e;
            }
            // deleted and forgotten here already (another replica was ahead): its results are not stored again
            passed.increment();
        }
        return true;
    }

    /** Where the indexer stands (null and 0 before the first change). */
    public Cursor cursor() {
        return QuarkusTransaction.requiringNew().call(() -> {
            IndexerCursor cursor = IndexerCursor.findById(CURSOR);
            return cursor == null ? new Cursor(null, 0) : new Cursor(cursor.lastChangedAt, cursor.lastDocumentId);
        });
    }

    private void advance(DocumentChange change) {
        QuarkusTransaction.requiringNew().run(() -> {
            OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
            int moved = IndexerCursor.update("lastChangedAt = ?1, lastDocumentId = ?2, updatedAt = ?3 where name = ?4 "
                    + "and (lastChangedAt is null or lastChangedAt < ?1 or (lastChangedAt = ?1 and lastDocumentId < ?2))",
                    change.updatedAt(), change.id(), now, CURSOR);
            if (moved == 0 && IndexerCursor.findById(CURSOR) == null) {
                IndexerCursor cursor = new IndexerCursor();
                cursor.name = CURSOR;
                cursor.lastChangedAt = change.updatedAt();
                cursor.lastDocumentId = change.id();
                cursor.updatedAt = now;
                cursor.persist();
            }
        });
    }

    private double lagSeconds() {
        OffsetDateTime since = behindSince;
        return since == null ? 0 : Math.max(0, Duration.between(since, OffsetDateTime.now(ZoneOffset.UTC)).toMillis() / 1000.0);
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
