package io.sasil.reporting.client;

import io.sasil.common.client.NotFound;
import io.sasil.common.contract.DocumentGlossaryView;
import jakarta.enterprise.context.ApplicationScoped;
import io.sasil.common.contract.Page;
import io.sasil.common.contract.EntryView;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads from the glossary service with a timeout, retries and a circuit breaker on every call (declared on the
 * class; each method has a breaker of its own); a 404 is
 * {@link Optional#empty()}, any other failure propagates for the caller to report.
 */
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, jitter = 50)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
@ApplicationScoped
public class GlossaryClient {

    private final GlossaryRestClient client;

    public GlossaryClient(@RestClient GlossaryRestClient client) {
        this.client = client;
    }

    public Optional<DocumentGlossaryView> ofDocument(long documentId) {
        return NotFound.asEmpty(() -> client.ofDocument(documentId));
    }

    /** One page of term base entries, sorted by {@code frequency} or {@code recent}. */
    public Page<EntryView> entries(String sort, int page, int size) {
        return client.entries(sort, page, size);
    }

    /** One entry; empty when glossary does not know it. */
    public Optional<EntryView> entry(long entryId) {
        return NotFound.asEmpty(() -> client.entry(entryId));
    }
}
