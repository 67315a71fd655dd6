package io.sasil.ingestion.service;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.sasil.common.contract.DocumentStatus;
import io.sasil.ingestion.model.Document;
import io.sasil.ingestion.model.ForgetCall;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Gauges of the analysis queue, read from the database every 15 s (a scrape never waits on the
 * database): documents by status ({@code sasil_documents{status}}), the age of the oldest pending
 * document ({@code sasil_documents_oldest_pending_seconds}: time since the pending document that
 * waited longest last changed) and the forget calls not yet acknowledged ({@code sasil_forget_outbox}).
 * Every replica reports the same table: aggregate with {@code max}, not {@code sum}.
 */
@ApplicationScoped
public class BacklogMetrics {

    private static final Logger LOG = Logger.getLogger(BacklogMetrics.class);

    private final Map<DocumentStatus, AtomicLong> byStatus = new EnumMap<>(DocumentStatus.class);
    private final AtomicLong oldestPendingMillis = new AtomicLong();
    private final AtomicLong outbox = new AtomicLong();

    public BacklogMetrics(MeterRegistry registry) {
        for (DocumentStatus status : DocumentStatus.values()) {
            AtomicLong value = new AtomicLong();
            byStatus.put(status, value);
            Gauge.builder("sasil.documents", value, AtomicLong::get).tag("status", status.name())
                    .description("Documents by analysis status").register(registry);
        }
        Gauge.builder("sasil.documents.oldest.pending.seconds", oldestPendingMillis, v -> v.get() / 1000.0)
                .description("Seconds since the longest-waiting pending document (RECEIVED, GLOSSARY_DONE, "
                        + "CLAIMS_DONE) last changed; 0 when none is pending").register(registry);
        Gauge.builder("sasil.forget.outbox", outbox, AtomicLong::get)
                .description("Forget calls to glossary and claims not acknowledged yet").register(registry);
    }

    @Scheduled(every = "15s", delayed = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Map<DocumentStatus, Long> counts = new EnumMap<>(DocumentStatus.class);
                for (Object[] row : Document.getEntityManager().createQuery(
                        "select d.status, count(d) from Document d group by d.status", Object[].class).getResultList()) {
                    counts.put((DocumentStatus) row[0], ((Number) row[1]).longValue());
                }
                byStatus.forEach((status, value) -> value.set(counts.getOrDefault(status, 0L)));
                OffsetDateTime oldest = oldestPendingChange();
                oldestPendingMillis.set(oldest == null ? 0
                        : Math.max(0, Duration.between(oldest, DocumentService.now()).toMillis()));
                outbox.set(ForgetCall.count());
            });
        } catch (RuntimeException e) {
            LOG.debugf("backlog gauges not refreshed: %s", e.getMessage());
        }
    }

    /**
     * The earliest {@code updatedAt} of a pending document, or null when none is pending. One query per pending
     * status, each the first row of the {@code (status, updated_at, id)} index (V120; the order names the status
     * although it is fixed, as H2 reads rows in an index's order only then): a {@code min} over the three statuses
     * read every pending document, texts included, so each refresh cost time in proportion to the backlog.
     */
    static OffsetDateTime oldestPendingChange() {
        OffsetDateTime oldest = null;
        for (DocumentStatus status : AnalysisDriver.PENDING) {
            for (OffsetDateTime t : Document.getEntityManager().createQuery("select d.updatedAt from Document d"
                    + " where d.status = ?1 order by d.status, d.updatedAt, d.id", OffsetDateTime.class)
                    .setParameter(1, status).setMaxResults(1).getResultList()) {
                oldest = oldest == null || t.isBefore(oldest) ? t : oldest;
            }
        }
        return oldest;
    }
}
