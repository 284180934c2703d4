package org.misono.release;

/** An artifact that must not be installed: tampered, unsigned, signed by an unknown key, malformed. */
public class ArtifactException extends Exception {

    public ArtifactException(String message) {
        super(message);
    }

    public ArtifactException(String message, Throwable cause) {
        super(message, cause);
    }
}
