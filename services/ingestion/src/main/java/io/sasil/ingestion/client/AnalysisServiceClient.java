package io.sasil.ingestion.client;

import io.sasil.common.client.NotFound;
import io.sasil.common.contract.AnalysisRequest;
import io.sasil.common.contract.AnalysisSummary;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;

/**
 * Calls to a service that analyses documents (glossary or claims): both answer the same two
 * per-document endpoints ({@link AnalysisRestClient}). Each call has a timeout, a few quick retries
 * and a circuit breaker; what still fails is left to the analysis driver, which backs off and tries
 * the document again later (nothing is lost).
 *
 * <p>Each service has its own bean ({@link GlossaryClient}, {@link ClaimsClient}), so each has its
 * own circuit breaker: SmallRye Fault Tolerance keeps a breaker's state per bean class and method.
 * The annotations' configuration keys name the class that declares them, this one, for example
 * {@code io.sasil.ingestion.client.AnalysisServiceClient/analyse/CircuitBreaker/delay}; a service
 * that needs other values overrides the method in its bean with its own annotations.
 */
public abstract class AnalysisServiceClient {

    private final AnalysisRestClient client;

    protected AnalysisServiceClient(AnalysisRestClient client) {
        this.client = client;
    }

    /** For the container's client proxy of a bean (a subclass it makes), which delegates every call. */
    protected AnalysisServiceClient() {
        this.client = null;
    }

    @Timeout(value = 60, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100, abortOn = NonRetryableException.class)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000,
            skipOn = NonRetryableException.class)
    public AnalysisSummary analyse(AnalysisRequest request) {
        return NonRetryableException.call(() -> client.analyse(request.documentId(), request));
    }

    /** Asks the service to forget a document: false when it had nothing of it (a 404, {@link NotFound}). */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, abortOn = NonRetryableException.class)
    public boolean forget(long documentId) {
        return NonRetryableException.call(() -> NotFound.asDone(() -> client.forget(documentId)));
    }
}
