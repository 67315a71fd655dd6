package io.sasil.common.security;

import io.sasil.common.problem.BusyException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Bounds how many CPU-heavy stateless analyses (the extract endpoints) run at once, so that a
 * burst of them cannot starve the stored documents' analysis and the health checks: beyond
 * {@code sasil.extract.max-concurrent} (default: twice the processors) a request is refused at
 * once with 503 problem+json and {@code Retry-After: sasil.extract.retry-after} seconds.
 */
@ApplicationScoped
public class ExtractLimit {

    private final Semaphore permits;
    private final int max;
    private final long retryAfterSeconds;

    @Inject
    public ExtractLimit(@ConfigProperty(name = "sasil.extract.max-concurrent", defaultValue = "0") int max,
            @ConfigProperty(name = "sasil.extract.retry-after", defaultValue = "2") long retryAfterSeconds) {
        this.max = max > 0 ? max : 2 * Runtime.getRuntime().availableProcessors();
        this.permits = new Semaphore(this.max);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Runs {@code work} when a permit is free, else throws {@link BusyException}. */
    public <T> T run(Supplier<T> work) {
        if (!permits.tryAcquire()) {
            throw new BusyException(max + " analyses are running already; retry in " + retryAfterSeconds + " s",
                    retryAfterSeconds);
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
