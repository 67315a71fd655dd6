package io.sasil.ingestion.service;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.ingestion.client.ClaimsClient;
import io.sasil.ingestion.client.GlossaryClient;
import io.sasil.ingestion.config.IngestionConfig;
import io.sasil.ingestion.model.Document;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Drives every stored document through its analysis: glossary, then claims.
 *
 * <p>The queue is the {@code document} table itself, so nothing lives only in memory: a sweep
 * every few seconds leases the documents that are due (status RECEIVED, GLOSSARY_DONE or
 * CLAIMS_DONE, {@code next_attempt_at} passed, no live lease) with a conditional
 * {@code UPDATE … WHERE lease_until IS NULL OR lease_until < now}, which only one worker can win
 * for a given row. Each lease has its own token ({@code lease_owner}): the replica's name and a
 * sequence number.
 *
 * <p>Rules that keep one document from being analysed twice or its status overwritten:
 * <ul>
 *   <li>A lease is renewed every third of its length while its worker runs, however long the
 *       calls take.</li>
 *   <li>Every state transition is {@code UPDATE … WHERE id = ? AND lease_owner = ? AND status = ?};
 *       a worker whose update matches no row (its lease expired and was taken, the document was
 *       reprocessed or deleted) stops at once without touching the document.</li>
 *   <li>Reprocess clears the lease: the running worker loses it at its next transition, and the
 *       document starts again under a new lease.</li>
 * </ul>
 *
 * <p>What a failed call does is decided by {@link FailureKind}: an unreachable service (connection
 * refused or reset, open circuit breaker, 502/503/504) only postpones the document (no attempt is
 * counted, it waits however long the outage lasts); an answer saying the document itself is bad
 * (400, 413, 415, 422) ends it FAILED at once; other errors back off exponentially and end it
 * FAILED after {@code max-attempts}; a document the service has forgotten (410: it was deleted)
 * is left alone.
 *
 * <p>On shutdown the driver stops taking work and releases the leases it holds, so another
 * replica takes those documents at its next sweep instead of after the lease expires.
 */
@ApplicationScoped
public class AnalysisDriver {

    private static final Logger LOG = Logger.getLogger(AnalysisDriver.class);
    static final List<DocumentStatus> PENDING =
            List.of(DocumentStatus.RECEIVED, DocumentStatus.GLOSSARY_DONE, DocumentStatus.CLAIMS_DONE);

    /**
     * Longest due first, then by id; a pending document without a next attempt time (none is written so) last, as
     * PostgreSQL and H2 in its mode here order nulls in the queries.
     */
    private static final Comparator<Object[]> DUE_ORDER = Comparator
            .comparing((Object[] row) -> (OffsetDateTime) row[1], Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(row -> (Long) row[0]);

    private final IngestionConfig config;
    private final GlossaryClient glossary;
    private final ClaimsClient claims;
    private final DriverMetrics metrics;
    private final String owner;
    private final AtomicLong leaseSeq = new AtomicLong();
    private final ExecutorService workers;
    /** Free workers: a document is leased only when a worker is free to take it. */
    private final java.util.concurrent.Semaphore slots;
    private final ScheduledExecutorService renewer;
    /** The leases this replica holds, by token. */
    private final Map<String, Lease> held = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public AnalysisDriver(IngestionConfig config, GlossaryClient glossary, ClaimsClient claims,
            MeterRegistry registry) {
        this.config = config;
        this.glossary = glossary;
        this.claims = claims;
        this.metrics = new DriverMetrics(registry);
        this.owner = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.slots = new java.util.concurrent.Semaphore(config.driver().workers());
        this.workers = Executors.newFixedThreadPool(config.driver().workers(), r -> {
            Thread t = new Thread(r, "analysis-driver");
            t.setDaemon(true);
            return t;
        });
        this.renewer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "analysis-lease-renewer");
            t.setDaemon(true);
            return t;
        });
        long every = Math.max(200, config.driver().lease().toMillis() / 3);
        renewer.scheduleWithFixedDelay(this::renewLeasesQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** One lease on one document: its token is the value of {@code lease_owner} while it lasts. */
    static final class Lease {
        final long documentId;
        final String token;
        /** Set when a renewal matched no row: the document is no longer ours. */
        volatile boolean lost;

        Lease(long documentId, String token) {
            this.documentId = documentId;
            this.token = token;
        }
    }

    /** Starts the analysis of a document now, if a worker is free and no other worker holds it; else the sweep will. */
    public void kick(long documentId) {
        if (!config.driver().enabled() || stopping || !slots.tryAcquire()) {
            return;
        }
        try {
            workers.submit(() -> {
                try {
                    lease(documentId).ifPresent(this::work);
                } finally {
                    slots.release();
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            slots.release();
        }
    }

    /**
     * The periodic sweep: leases as many due documents as there are free workers and hands them
     * over, so that a replica never holds leases it is not working on (another replica may take
     * those) and its workers can be interrupted at shutdown.
     */
    @Scheduled(every = "${sasil.ingestion.driver.interval:3s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = DriverDisabled.class)
    void sweep() {
        if (stopping || slots.availablePermits() == 0) {
            return;
        }
        for (Long id : dueDocuments()) {
            if (stopping || !slots.tryAcquire()) {
                return;
            }
            Optional<Lease> lease;
            try {
                lease = lease(id);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (lease.isEmpty()) {
                slots.release();
                continue;
            }
            try {
                workers.submit(() -> {
                    try {
                        work(lease.get());
                    } finally {
                        slots.release();
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                slots.release();
                return;
            }
        }
    }

    /**
     * One worker's run: the leased document and, each time a document ends ANALYSED, the next due
     * one at once, so a backlog drains at the speed of the workers rather than {@code workers} per
     * sweep interval. Any other outcome (a service unreachable or failing, the lease lost, the
     * database down) ends the run and leaves the rest to the sweep, so an outage is not met with a
     * storm of calls. Returns how many documents the run processed.
     */
    int work(Lease first) {
        int processed = 0;
        Lease lease = first;
        while (lease != null) {
            boolean analysed = processQuietly(lease);
            processed++;
            lease = analysed && !stopping ? next() : null;
        }
        return processed;
    }

    /** Leases the next due document; null when none is due or the database fails. */
    private Lease next() {
        try {
            for (Long id : dueDocuments(Math.min(config.driver().batchSize(), 2 * config.driver().workers() + 1))) {
                if (stopping) {
                    return null;
                }
                Optional<Lease> lease = lease(id);
                if (lease.isPresent()) {
                    return lease.get();
                }
            }
        } catch (RuntimeException e) {
            LOG.debugf("looking for the next due document failed (the sweep will): %s", describe(e));
        }
        return null;
    }

    private boolean processQuietly(Lease lease) {
        try {
            return process(lease);
        } catch (RuntimeException e) {
            // the database itself failed (an outage): the lease runs out and the document is taken again
            LOG.errorf("document %d: unexpected failure: %s", lease.documentId, describe(e));
            return false;
        }
    }

    /**
     * The documents that are due, longest due first: a document that just failed is due again
     * only after the others, so a backlog waiting out an outage is tried in turn, not the same
     * few lowest ids over and over.
     */
    List<Long> dueDocuments() {
        return dueDocuments(config.driver().batchSize());
    }

    private List<Long> dueDocuments(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = DocumentService.now();
            // one query per status, in the order of the (status, next_attempt_at, id) index, status first although it
            // is fixed (H2 reads rows in the index's order only when the order names its leading columns): each reads
            // the first due rows of its status, where one query over the three statuses read and sorted the whole
            // backlog; ids only: the documents themselves (their texts) are read by the worker that leases one
            List<Object[]> due = new ArrayList<>();
            for (DocumentStatus status : PENDING) {
                due.addAll(Document.getEntityManager().createQuery("select d.id, d.nextAttemptAt from Document d"
                        + " where d.status = ?1 and (d.nextAttemptAt is null or d.nextAttemptAt <= ?2)"
                        + " and (d.leaseUntil is null or d.leaseUntil < ?2)"
                        + " order by d.status, d.nextAttemptAt, d.id", Object[].class)
                        .setParameter(1, status).setParameter(2, now).setMaxResults(limit).getResultList());
            }
            return due.stream().sorted(DUE_ORDER).limit(limit).map(row -> (Long) row[0]).toList();
        });
    }

    /** Leases one document for this replica under a new token; empty when another worker holds it or it is not due. */
    Optional<Lease> lease(long id) {
        String token = owner + "#" + leaseSeq.incrementAndGet();
        if (!tryLease(id, token)) {
            return Optional.empty();
        }
        Lease lease = new Lease(id, token);
        held.put(token, lease);
        return Optional.of(lease);
    }

    /** Leases one document for {@code leaseOwner}: the conditional UPDATE that only one worker can win. */
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

    /**
     * Extends every lease this replica holds by a full lease length; a lease whose row no longer
     * names its token is marked lost (its worker stops at its next transition).
     */
    void renewLeases() {
        for (Lease lease : held.values()) {
            int updated = QuarkusTransaction.requiringNew().call(() -> Document.update(
                    "leaseUntil = ?1 where id = ?2 and leaseOwner = ?3",
                    DocumentService.now().plus(config.driver().lease()), lease.documentId, lease.token));
            if (updated == 0 && !lease.lost) {
                lease.lost = true;
                metrics.failure("lease-lost");
                LOG.infof("document %d: lease %s is no longer held (taken over, reprocessed or deleted)",
                        lease.documentId, lease.token);
            }
        }
    }

    private void renewLeasesQuietly() {
        try {
            renewLeases();
        } catch (RuntimeException e) {
            LOG.warnf("renewing leases failed (database unreachable?): %s", describe(e));
        }
    }

    /** Runs the remaining steps of one leased document; stops as soon as the lease is lost. True when it ended ANALYSED. */
    boolean process(Lease lease) {
        long id = lease.documentId;
        MDC.put("documentId", id);
        try {
            if (stopping) {
                return false;
            }
            Snapshot snapshot = QuarkusTransaction.requiringNew().call(() -> {
                Document d = Document.findById(id);
                if (d == null || !lease.token.equals(d.leaseOwner)) {
                    return null;
                }
                return new Snapshot(d.status, new AnalysisRequest(d.id, d.text, d.publishedAt,
                        DocumentService.sentencesOf(d)));
            });
            if (snapshot == null) {
                return false;
            }
            DocumentStatus status = snapshot.status();
            String step = "glossary";
            try {
                if (status == DocumentStatus.RECEIVED) {
                    glossary.analyse(snapshot.request());
                    if (!advance(lease, status, DocumentStatus.GLOSSARY_DONE)) {
                        return false;
                    }
                    status = DocumentStatus.GLOSSARY_DONE;
                }
                step = "claims";
                if (status == DocumentStatus.GLOSSARY_DONE) {
                    claims.analyse(snapshot.request());
                    if (!advance(lease, status, DocumentStatus.CLAIMS_DONE)) {
                        return false;
                    }
                    status = DocumentStatus.CLAIMS_DONE;
                }
                return status == DocumentStatus.CLAIMS_DONE && advance(lease, status, DocumentStatus.ANALYSED);
            } catch (RuntimeException e) {
                if (isDatabaseFailure(e)) {
                    throw e;
                }
                fail(lease, status, step, e);
                return false;
            }
        } finally {
            held.remove(lease.token);
            MDC.remove("documentId");
        }
    }

    /**
     * Moves a document from {@code from} to {@code next} if this lease still holds it in that
     * status; false (and the worker stops) when the row no longer matches.
     */
    boolean advance(Lease lease, DocumentStatus from, DocumentStatus next) {
        if (lease.lost) {
            return stale(lease, next);
        }
        OffsetDateTime now = DocumentService.now();
        int updated = QuarkusTransaction.requiringNew().call(() -> next == DocumentStatus.ANALYSED
                ? Document.update("status = ?1, updatedAt = ?2, failureReason = null, nextAttemptAt = null, "
                        + "leaseOwner = null, leaseUntil = null, attempts = attempts + 1 "
                        + "where id = ?3 and leaseOwner = ?4 and status = ?5", next, now, lease.documentId,
                        lease.token, from)
                : Document.update("status = ?1, updatedAt = ?2, failureReason = null "
                        + "where id = ?3 and leaseOwner = ?4 and status = ?5", next, now, lease.documentId,
                        lease.token, from));
        if (updated == 0) {
            return stale(lease, next);
        }
        LOG.debugf("document %d: %s", lease.documentId, next);
        if (next == DocumentStatus.ANALYSED) {
            metrics.analysed();
        }
        return true;
    }

    private boolean stale(Lease lease, DocumentStatus next) {
        lease.lost = true;
        metrics.failure("lease-lost");
        LOG.infof("document %d: lease %s lost before %s (taken over, reprocessed or deleted); this worker stops",
                lease.documentId, lease.token, next);
        return false;
    }

    private void fail(Lease lease, DocumentStatus from, String step, RuntimeException e) {
        long id = lease.documentId;
        FailureKind kind = FailureKind.of(e);
        String reason = step + ": " + describe(e);
        metrics.failure(kind.label());
        OffsetDateTime now = DocumentService.now();
        int updated = QuarkusTransaction.requiringNew().call(() -> switch (kind) {
            case GONE -> Document.update("leaseOwner = null, leaseUntil = null, updatedAt = ?1 "
                    + "where id = ?2 and leaseOwner = ?3 and status = ?4", now, id, lease.token, from);
            case UNAVAILABLE -> Document.update("failureReason = ?1, nextAttemptAt = ?2, leaseOwner = null, "
                    + "leaseUntil = null, updatedAt = ?3 where id = ?4 and leaseOwner = ?5 and status = ?6",
                    "waiting, " + reason, now.plus(config.driver().outageWait()), now, id, lease.token, from);
            case REFUSED -> Document.update("status = ?1, failureReason = ?2, nextAttemptAt = null, "
                    + "attempts = attempts + 1, leaseOwner = null, leaseUntil = null, updatedAt = ?3 "
                    + "where id = ?4 and leaseOwner = ?5 and status = ?6",
                    DocumentStatus.FAILED, reason, now, id, lease.token, from);
            case ERROR -> backOff(id, lease.token, from, reason, now);
        });
        if (updated == 0) {
            stale(lease, from);
            return;
        }
        switch (kind) {
            case GONE -> LOG.infof("document %d: %s", id, reason);
            case UNAVAILABLE -> LOG.infof("document %d: %s; waiting for it (no attempt counted)", id, reason);
            case REFUSED -> LOG.warnf("document %d: FAILED (refused, retrying cannot help): %s", id, reason);
            case ERROR -> LOG.infof("document %d: attempt failed: %s", id, reason);
        }
    }

    /** Counts a failed attempt: backs off, or FAILED once {@code max-attempts} are spent. */
    private int backOff(long id, String token, DocumentStatus from, String reason, OffsetDateTime now) {
        Document d = Document.findById(id);
        if (d == null || !token.equals(d.leaseOwner) || d.status != from) {
            return 0;
        }
        int attempts = d.attempts + 1;
        boolean last = attempts >= config.driver().maxAttempts();
        if (last) {
            LOG.warnf("document %d: FAILED after %d attempts: %s", id, attempts, reason);
        }
        return Document.update("status = ?1, failureReason = ?2, nextAttemptAt = ?3, attempts = ?4, "
                + "leaseOwner = null, leaseUntil = null, updatedAt = ?5 "
                + "where id = ?6 and leaseOwner = ?7 and status = ?8",
                last ? DocumentStatus.FAILED : from, reason, last ? null : now.plus(backoff(attempts)), attempts,
                now, id, token, from);
    }

    Duration backoff(int attempts) {
        Duration initial = config.driver().initialBackoff();
        Duration max = config.driver().maxBackoff();
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = initial.multipliedBy(factor);
        return wait.compareTo(max) > 0 ? max : wait;
    }

    /**
     * Stops taking work and releases every lease this replica holds (status untouched, due at
     * once), so that another replica continues those documents without waiting for the leases to
     * expire. Workers still in a call find their lease gone and stop without writing.
     */
    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** With {@code quarkus.shutdown.delay-enabled}, work stops as soon as the delay starts (readiness is down). */
    void onStopping(@Observes io.quarkus.runtime.ShutdownDelayInitiatedEvent event) {
        stop();
    }

    synchronized void stop() {
        if (stopping) {
            return;
        }
        stopping = true;
        renewer.shutdownNow();
        workers.shutdownNow();
        LOG.infof("analysis driver stopped; released %d lease(s)", releaseLeases());
    }

    /**
     * Gives back every lease this replica holds (status untouched, due at once); the workers
     * holding them stop at their next transition without writing. Returns how many were released.
     */
    int releaseLeases() {
        int released = 0;
        for (Lease lease : held.values()) {
            lease.lost = true;
            try {
                released += QuarkusTransaction.requiringNew().call(() -> Document.update(
                        "leaseOwner = null, leaseUntil = null where id = ?1 and leaseOwner = ?2",
                        lease.documentId, lease.token));
            } catch (RuntimeException e) {
                LOG.warnf("document %d: could not release its lease (it expires): %s",
                        lease.documentId, describe(e));
            }
        }
        return released;
    }

    /** How many leases this replica holds now. */
    int heldLeases() {
        return held.size();
    }

    static boolean isDatabaseFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException || t instanceof org.hibernate.JDBCException
                    || t instanceof jakarta.persistence.PersistenceException) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Throwable t = e; t != null && n < 3; t = t.getCause() == t ? null : t.getCause(), n++) {
            if (n > 0) {
                out.append(" <- ");
            }
            out.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) {
                out.append(": ").append(t.getMessage());
            }
        }
        return out.length() > 3900 ? out.substring(0, 3900) : out.toString();
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
