package io.sasil.glossary.termbase;

/**
 * An import that failed: nothing of it was imported. The message names the failing line or element
 * ({@code CSV line 7: quoted field not closed}, {@code TBX line 12, <conceptEntry>: …}).
 */
public class TermImportException extends RuntimeException {

    private final String location;

    public TermImportException(String location, String message) {
        super(location + ": " + message);
        this.location = location;
    }

    public TermImportException(String location, String message, Throwable cause) {
        super(location + ": " + message, cause);
        this.location = location;
    }

    /** Where the import failed: a line, an element or a JSON path. */
    public String location() {
        return location;
    }
}
