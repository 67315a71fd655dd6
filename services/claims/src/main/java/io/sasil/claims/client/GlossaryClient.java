package io.sasil.claims.client;

import io.sasil.common.client.NotFound;
import io.sasil.common.contract.DocumentGlossaryView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads the glossary service, with timeouts, retries and circuit breakers.
 *
 * <ul>
 *   <li>{@link #ofDocument}: a document's mentions. A failure propagates: ingestion calls claims only
 *       after the glossary analysed the document, so a failure here makes ingestion retry later.</li>
 *   <li>{@link #userDictionary}: the term base as a Nori user dictionary; a 404 (a glossary without
 *       the endpoint) is {@code Optional.empty()} ({@link NotFound}, the suite's rule), other failures
 *       propagate to the caller, which falls back to no user dictionary.</li>
 * </ul>
 */
@ApplicationScoped
public class GlossaryClient {

    private final GlossaryRestClient client;

    public GlossaryClient(@RestClient GlossaryRestClient client) {
        this.client = client;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
    public DocumentGlossaryView ofDocument(long documentId) {
        return client.ofDocument(documentId);
    }

    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10000)
    public Optional<String> userDictionary() {
        return NotFound.asEmpty(client::userDictionary);
    }
}
