package io.sasil.ingestion.text;

/**
 * Request content that is not text this service can read: invalid UTF-8, UTF-16/UTF-32, or
 * binary data. The message says what was found and where, for the client; the REST layer maps
 * this exception to {@code 422 Unprocessable Content}.
 */
public final class UnreadableContentException extends RuntimeException {

    private final long byteOffset;

    public UnreadableContentException(String message, long byteOffset) {
        super(message);
        this.byteOffset = byteOffset;
    }

    /** Offset of the first offending byte in the request body, or -1 when not one byte. */
    public long byteOffset() {
        return byteOffset;
    }
}
