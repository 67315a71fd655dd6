package io.sasil.ingestion.client;

import io.sasil.common.client.NotFound;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Calls to the glossary service. Each call has a timeout, a few quick retries and a circuit
 * breaker; what still fails is left to the analysis driver, which backs off and tries the
 * document again later (nothing is lost).
 */
@ApplicationScoped
public class GlossaryClient {

    private final GlossaryRestClient client;

    public GlossaryClient(@RestClient GlossaryRestClient client) {
        this.client = client;
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = NonRetryableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000,
            skipOn = NonRetryableException.class)
    public AnalysisSummary analyse(AnalysisRequest request) {
        return NonRetryableException.call(() -> client.analyse(request.documentId(), request));
    }

    /** Asks the glossary service to forget a document: false when it had nothing of it (a 404, {@link NotFound}). */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = NonRetryableException.class)
    public boolean forget(long documentId) {
        return NonRetryableException.call(() -> NotFound.asDone(() -> client.forget(documentId)));
    }
}
