package io.sasil.ingestion.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.sasil.ingestion.client.ClaimsClient;
import io.sasil.ingestion.client.GlossaryClient;
import io.sasil.ingestion.config.IngestionConfig;
import io.sasil.ingestion.model.ForgetCall;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jboss.logging.Logger;

/**
 * Delivers the "forget" calls of deleted documents to glossary and claims until each is
 * acknowledged: the outbox rows are written in the delete's transaction, so a delete is never
 * half-done, whatever fails afterwards. Calls are idempotent; a row is claimed with a conditional
 * update (pushing its next attempt forward) so two replicas do not send the same call at once.
 */
@ApplicationScoped
public class ForgetOutbox {

    private static final Logger LOG = Logger.getLogger(ForgetOutbox.class);
    /** How long a claimed row is left to its sender before another sweep may try it. */
    private static final Duration CLAIM = Duration.ofSeconds(60);

    private final GlossaryClient glossary;
    private final ClaimsClient claims;
    private final IngestionConfig config;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "forget-outbox");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean stopping;

    public ForgetOutbox(GlossaryClient glossary, ClaimsClient claims, IngestionConfig config) {
        this.glossary = glossary;
        this.claims = claims;
        this.config = config;
    }

    /** Delivers what is due now, in the background (after a delete). */
    public void deliverSoon() {
        if (!stopping) {
            sender.submit(this::deliverQuietly);
        }
    }

    @Scheduled(every = "${sasil.ingestion.forget.interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        deliverQuietly();
    }

    private void deliverQuietly() {
        try {
            deliver();
        } catch (RuntimeException e) {
            LOG.warnf("forget outbox: %s", AnalysisDriver.describe(e));
        }
    }

    /** Sends every due call once; returns how many were acknowledged. */
    synchronized int deliver() {
        if (stopping) {
            return 0;
        }
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> ForgetCall.<ForgetCall>find(
                "nextAttemptAt <= ?1 order by id", DocumentService.now()).page(0, 100).list()
                .stream().map(c -> c.id).toList());
        int acknowledged = 0;
        for (long id : due) {
            ForgetCall call = claim(id);
            if (call != null && send(call)) {
                acknowledged++;
            }
        }
        return acknowledged;
    }

    private ForgetCall claim(long id) {
        return QuarkusTransaction.requiringNew().call(() -> {
            OffsetDateTime now = DocumentService.now();
            int won = ForgetCall.update("nextAttemptAt = ?1 where id = ?2 and nextAttemptAt <= ?3",
                    now.plus(CLAIM), id, now);
            return won == 1 ? ForgetCall.<ForgetCall>findById(id) : null;
        });
    }

    private boolean send(ForgetCall call) {
        try {
            if (call.service.equals("glossary")) {
                glossary.forget(call.documentId);
            } else {
                claims.forget(call.documentId);
            }
        } catch (RuntimeException e) { // a 404 is no failure: nothing to forget there (NotFound)
            return retryLater(call, e);
        }
        QuarkusTransaction.requiringNew().run(() -> ForgetCall.deleteById(call.id));
        LOG.debugf("document %d: %s forgot it", call.documentId, call.service);
        return true;
    }

    private boolean retryLater(ForgetCall call, RuntimeException e) {
        int attempts = call.attempts + 1;
        Duration wait = config.forget().initialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        Duration max = config.forget().maxBackoff();
        OffsetDateTime next = DocumentService.now().plus(wait.compareTo(max) > 0 ? max : wait);
        String error = AnalysisDriver.describe(e);
        QuarkusTransaction.requiringNew().run(() -> ForgetCall.update(
                "attempts = ?1, nextAttemptAt = ?2, lastError = ?3 where id = ?4", attempts, next, error, call.id));
        LOG.infof("document %d: %s could not forget it yet (attempt %d, next at %s): %s", call.documentId,
                call.service, attempts, next, error);
        return false;
    }

    void onStop(@Observes ShutdownEvent event) {
        stopping = true;
        sender.shutdownNow();
    }
}
