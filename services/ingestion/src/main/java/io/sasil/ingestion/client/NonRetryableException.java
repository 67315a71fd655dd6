package io.sasil.ingestion.client;

/** A downstream answer that retrying will not change (a 4xx other than 408 and 429). */
public class NonRetryableException extends RuntimeException {

    public NonRetryableException(String message, Throwable cause) {
        super(message, cause);
    }

    static <T> T call(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (jakarta.ws.rs.WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 408 && status != 429) {
                throw new NonRetryableException("HTTP " + status + ": " + e.getMessage(), e);
            }
            throw e;
        }
    }
}
