package io.sasil.deploy;

/** A manifest, kustomization or patch that is not valid; the message names the file and the object. */
public final class ManifestException extends RuntimeException {

    public ManifestException(String message) {
        super(message);
    }

    public ManifestException(String message, Throwable cause) {
        super(message, cause);
    }
}
