package io.sasil.ingestion.service;

import io.quarkus.scheduler.Scheduled;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.ingestion.client.ClaimsClient;
import io.sasil.ingestion.client.GlossaryClient;
import io.sasil.ingestion.client.NonRetryableException;
import io.sasil.ingestion.config.IngestionConfig;
import io.sasil.ingestion.model.Document;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Drives every stored document through its analysis: glossary, then claims.
 *
 * <p>The queue is the {@code document} table itself, so nothing lives only in memory: a sweep
 * every few seconds leases the documents that are due (status RECEIVED, GLOSSARY_DONE or
 * CLAIMS_DONE, {@code next_attempt_at} passed, no live lease) with a conditional
 * {@code UPDATE … WHERE lease_until IS NULL OR lease_until < now}, which only one replica can win
 * for a given row. A failed call backs off exponentially; after {@code max-attempts} the
 * document is FAILED with the reason. A replica that dies holds its leases only until they
 * expire. New documents are kicked at once rather than waiting for the next sweep.
 */
@ApplicationScoped
public class AnalysisDriver {

    private static final Logger LOG = Logger.getLogger(AnalysisDriver.class);
    private static final List<DocumentStatus> PENDING =
            List.of(DocumentStatus.RECEIVED, DocumentStatus.GLOSSARY_DONE, DocumentStatus.CLAIMS_DONE);

    private final IngestionConfig config;
    private final GlossaryClient glossary;
    private final ClaimsClient claims;
    private final String owner;
    private final ExecutorService workers;

    public AnalysisDriver(IngestionConfig config, GlossaryClient glossary, ClaimsClient claims) {
        this.config = config;
        this.glossary = glossary;
        this.claims = claims;
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();
        this.workers = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "analysis-driver");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts the analysis of a document now, if no other replica holds it. */
    public void kick(long documentId) {
        if (!config.driver().enabled()) {
            return;
        }
        workers.submit(() -> {
            if (tryLease(documentId)) {
                process(documentId);
            }
        });
    }

    /** The periodic sweep: leases what is due and processes it. */
    @Scheduled(every = "${sasil.ingestion.driver.interval:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DriverDisabled.class)
    void sweep() {
        for (Long id : dueDocuments()) {
            if (tryLease(id)) {
                try {
                    process(id);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "document %d: unexpected failure", id);
                }
            }
        }
    }

    List<Long> dueDocuments() {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = DocumentService.now();
            return Document.<Document>find(
                    "status in ?1 and (nextAttemptAt is null or nextAttemptAt <= ?2) "
                            + "and (leaseUntil is null or leaseUntil < ?2) order by id", PENDING, now)
                    .page(0, config.driver().batchSize()).list().stream().map(d -> d.id).toList();
        });
    }

    /** Leases one document for this replica; false when another replica holds it or it is not due. */
    boolean tryLease(long id) {
        return tryLease(id, owner);
    }

    /** Leases one document for {@code leaseOwner}: the conditional UPDATE that only one replica can win. */
    boolean tryLease(long id, String leaseOwner) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = DocumentService.now();
            int updated = Document.update(
                    "leaseOwner = ?1, leaseUntil = ?2 where id = ?3 and status in ?4 "
                            + "and (leaseUntil is null or leaseUntil < ?5)",
                    leaseOwner, now.plus(config.driver().lease()), id, PENDING, now);
            return updated == 1;
        });
    }

    /** Runs the remaining steps of one leased document. */
    void process(long id) {
        Snapshot snapshot = QuarkusTransaction.requiringNew().call(() -> {
            Document d = Document.findById(id);
            if (d == null || !owner.equals(d.leaseOwner)) {
                return null;
            }
            return new Snapshot(d.status, new AnalysisRequest(d.id, d.text, d.publishedAt,
                    DocumentService.sentencesOf(d)));
        });
        if (snapshot == null) {
            return;
        }
        DocumentStatus status = snapshot.status();
        try {
            if (status == DocumentStatus.RECEIVED) {
                glossary.analyse(snapshot.request());
                status = advance(id, DocumentStatus.GLOSSARY_DONE);
            }
            if (status == DocumentStatus.GLOSSARY_DONE) {
                claims.analyse(snapshot.request());
                status = advance(id, DocumentStatus.CLAIMS_DONE);
            }
            if (status == DocumentStatus.CLAIMS_DONE) {
                advance(id, DocumentStatus.ANALYSED);
            }
        } catch (RuntimeException e) {
            fail(id, e);
        }
    }

    private DocumentStatus advance(long id, DocumentStatus next) {
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = Document.findById(id);
            d.status = next;
            d.updatedAt = DocumentService.now();
            d.failureReason = null;
            if (next == DocumentStatus.ANALYSED) {
                d.nextAttemptAt = null;
                d.leaseOwner = null;
                d.leaseUntil = null;
                d.attempts++;
            }
        });
        LOG.debugf("document %d: %s", id, next);
        return next;
    }

    private void fail(long id, RuntimeException e) {
        String reason = describe(e);
        QuarkusTransaction.requiringNew().run(() -> {
            Document d = Document.findById(id);
            if (d == null) {
                return;
            }
            d.attempts++;
            d.failureReason = reason;
            d.updatedAt = DocumentService.now();
            d.leaseOwner = null;
            d.leaseUntil = null;
            boolean permanent = e instanceof NonRetryableException refused && refused.permanent();
            if (permanent || d.attempts >= config.driver().maxAttempts()) {
                d.status = DocumentStatus.FAILED;
                d.nextAttemptAt = null;
                LOG.warnf("document %d: FAILED after %d attempts%s: %s", id, d.attempts,
                        permanent ? " (refused, retrying cannot help)" : "", reason);
            } else {
                d.nextAttemptAt = DocumentService.now().plus(backoff(d.attempts));
                LOG.infof("document %d: attempt %d failed (%s); next at %s", id, d.attempts, reason, d.nextAttemptAt);
            }
        });
    }

    Duration backoff(int attempts) {
        Duration initial = config.driver().initialBackoff();
        Duration max = config.driver().maxBackoff();
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = initial.multipliedBy(factor);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    private static String describe(Throwable e) {
        List<String> parts = new ArrayList<>();
        for (Throwable t = e; t != null && parts.size() < 3; t = t.getCause()) {
            parts.add(t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        }
        String joined = String.join(" <- ", parts);
        return joined.length() > 3900 ? joined.substring(0, 3900) : joined;
    }

    private record Snapshot(DocumentStatus status, AnalysisRequest request) {
    }

    /** Skips the sweep when the driver is turned off. */
    @ApplicationScoped
    public static class DriverDisabled implements Scheduled.SkipPredicate {
        private final IngestionConfig config;

        public DriverDisabled(IngestionConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !config.driver().enabled();
        }
    }
}
