package io.sasil.ingestion.text;

/**
 * Request content that is not text this service can read: bytes invalid in their declared
 * encoding, undeclared bytes that are not UTF-8 and whose encoding cannot be told with
 * confidence, an unknown charset name, or binary data. The message says what was found, where,
 * and how to fix the request; the REST layer maps this exception to {@code 422 Unprocessable
 * Content} with {@link #type()} as the problem type.
 */
public final class UnreadableContentException extends RuntimeException {

    /** Invalid UTF-8 (declared, defaulted, or a UTF-8 that is declared and broken). */
    public static final String INVALID_UTF8 = "invalid-utf8";
    /** Bytes that are not valid in the charset they declare. */
    public static final String INVALID_ENCODING = "invalid-encoding";
    /** Undeclared bytes that are not UTF-8 and whose encoding detection is not confident. */
    public static final String UNKNOWN_ENCODING = "unknown-encoding";
    /** A declared charset name that this service cannot decode. */
    public static final String UNSUPPORTED_CHARSET = "unsupported-charset";
    /** NUL bytes or too many control characters. */
    public static final String BINARY = "binary-content";

    private final String type;
    private final long byteOffset;

    public UnreadableContentException(String type, String message, long byteOffset) {
        super(message);
        this.type = type;
        this.byteOffset = byteOffset;
    }

    /** The problem type slug: one of the constants of this class. */
    public String type() {
        return type;
    }

    /** Offset of the first offending byte in the request body, or -1 when not one byte. */
    public long byteOffset() {
        return byteOffset;
    }
}
