package io.sasil.claims.client;

import io.sasil.common.contract.DocumentGlossaryView;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads a document's mentions from the glossary service, with a timeout, retries and a circuit
 * breaker. A failure propagates: ingestion calls claims only after the glossary analysed the
 * document, so a failure here makes ingestion retry the claims step later.
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
}
