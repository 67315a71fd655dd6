package io.sasil.reporting.client;

import io.sasil.common.client.NotFound;
import io.sasil.common.contract.DocumentClaimsView;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import io.sasil.common.contract.Page;
import io.sasil.common.contract.EntityClaimCount;
import io.sasil.common.contract.DocumentClaimView;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads from the claims service with a timeout, retries and a circuit breaker on every call (declared on the
 * class; each method has a breaker of its own); a 404 is
 * {@link Optional#empty()}, any other failure propagates for the caller to report.
 */
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, jitter = 50)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
@ApplicationScoped
public class ClaimsClient {

    private final ClaimsRestClient client;

    public ClaimsClient(@RestClient ClaimsRestClient client) {
        this.client = client;
    }

    public Optional<DocumentClaimsView> ofDocument(long documentId) {
        return NotFound.asEmpty(() -> client.ofDocument(documentId));
    }

    /** One page of the stored claims naming entry {@code entity}, in documents published in {@code [from, to)}. */
    public Page<DocumentClaimView> search(Long entity, String from, String to, int page, int size) {
        return client.search(entity, from, to, page, size);
    }

    /**
     * Claims per entity and month, aggregated by the claims database: for the {@code top} entities with the most
     * claims, or for all when {@code top} is null.
     */
    public List<EntityClaimCount> entityStats(String from, String to, Integer top) {
        return client.entityStats(from, to, top);
    }
}
