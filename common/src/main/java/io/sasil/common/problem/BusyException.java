package io.sasil.common.problem;

/**
 * The service is at its limit of concurrent CPU-heavy requests: 503 problem+json
 * ({@code https://sasil.io/problems/busy}) with {@code Retry-After}.
 */
public class BusyException extends RuntimeException {

    private final long retryAfterSeconds;

    public BusyException(String detail, long retryAfterSeconds) {
        super(detail, null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
