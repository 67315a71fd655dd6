package io.sasil.reporting.client;

import io.sasil.common.client.NotFound;
import io.sasil.common.contract.DocumentChange;
import io.sasil.reporting.check.ArticleTime;
import io.sasil.reporting.config.ReportingConfig;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import io.sasil.common.contract.DocumentView;
import jakarta.enterprise.context.ApplicationScoped;
import io.sasil.common.contract.Page;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads from the ingestion service with a timeout, retries and a circuit breaker on every call (declared on the
 * class; each method has a breaker of its own); a 404 is
 * {@link Optional#empty()}, any other failure propagates for the caller to report.
 */
@Timeout(value = 10, unit = ChronoUnit.SECONDS)
@Retry(maxRetries = 2, delay = 100, jitter = 50)
@CircuitBreaker(requestVolumeThreshold = 10, failureRatio = 0.8, delay = 5000)
@ApplicationScoped
public class IngestionClient {

    private final IngestionRestClient client;
    private final ZoneId zone;

    public IngestionClient(@RestClient IngestionRestClient client, ReportingConfig config) {
        this.client = client;
        this.zone = config.timeZone();
    }

    public Optional<DocumentView> get(long documentId) {
        // dates as the article's newsroom reads them (JSON reading moves every offset to UTC)
        return NotFound.asEmpty(() -> client.get(documentId)).map(d -> ArticleTime.localize(d, zone));
    }

    /** One page of documents (without text) published in {@code [from, to)} by {@code source}; nulls do not filter. */
    public Page<DocumentView> list(String source, String from, String to, int page, int size) {
        return localize(client.list(source, from, to, page, size));
    }

    /**
     * The next changes of ingestion's change feed after the cursor ({@code since}, {@code afterId}),
     * in ({@code updatedAt}, id) order; {@code since} null reads from the beginning.
     */
    public List<DocumentChange> changes(OffsetDateTime since, long afterId, int size) {
        return client.changes(since == null ? null
                : since.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), afterId, size);
    }

    private Page<DocumentView> localize(Page<DocumentView> page) {
        return page == null || page.items() == null ? page : new Page<>(page.items().stream()
                .map(d -> ArticleTime.localize(d, zone)).toList(), page.page(), page.size(), page.total());
    }
}
