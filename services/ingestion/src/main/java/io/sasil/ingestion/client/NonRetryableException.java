package io.sasil.ingestion.client;

import java.util.Set;

/** A downstream answer that retrying at once will not change (a 4xx other than 408 and 429). */
public class NonRetryableException extends RuntimeException {

    /**
     * Answers about the document itself (malformed request, text too large, unsupported, not
     * processable): trying the same document again later will not change them either.
     */
    private static final Set<Integer> PERMANENT = Set.of(400, 413, 415, 422);

    private final int status;

    public NonRetryableException(int status, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status the downstream service answered. */
    public int status() {
        return status;
    }

    /**
     * Whether the document can never succeed as it is: the analysis driver marks it FAILED at
     * once instead of backing off. Other 4xx (404 during a rolling upgrade, 409) are retried later.
     */
    public boolean permanent() {
        return PERMANENT.contains(status);
    }

    static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (jakarta.ws.rs.WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                throw new NonRetryableException(status, "HTTP " + status + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
