package io.sasil.common.client;

import jakarta.ws.rs.WebApplicationException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The suite's one rule for a 404 from another service: <em>the thing asked for is not there</em>. Every client
 * bean maps it here, so a read gives {@link Optional#empty()} (reporting's reads, claims' user dictionary) and a
 * delete is done (ingestion asking glossary or claims to forget a document they never stored). Every other
 * failure propagates to the client's fault-tolerance policy (retries, circuit breaker) and its caller.
 *
 * <p>A 404 to a write that names its target (ingestion's {@code PUT …/documents/{id}/analysis}) is not
 * absence but a service without the endpoint (a rolling upgrade): ingestion retries it later
 * ({@code NonRetryableException}, not permanent).
 */
public final class NotFound {

    private NotFound() {
    }

    /** The call's answer, or empty when the other service answered 404; other failures propagate. */
    public static <T> Optional<T> asEmpty(Supplier<T> call) {
        try {
            return Optional.ofNullable(call.get());
        } catch (WebApplicationException e) {
            if (is(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Runs a delete: true when the other service removed something, false when it answered 404 (nothing there). */
    public static boolean asDone(Runnable call) {
        return asEmpty(() -> {
            call.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Whether a client failure is the other service's 404. */
    public static boolean is(WebApplicationException e) {
        return e.getResponse() != null && e.getResponse().getStatus() == 404;
    }
}
