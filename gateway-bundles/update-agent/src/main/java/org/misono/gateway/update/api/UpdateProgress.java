package org.misono.gateway.update.api;

/**
 * A step of an update as the gateway reports it.
 *
 * @param percent of the download, 0..100; -1 where it does not apply
 * @param detail what happened, in words an operator can act on (the reason for REFUSED, FAILED, ROLLED_BACK)
 */
public record UpdateProgress(String version, Phase phase, int percent, String detail) {

    public enum Phase {
        DOWNLOADING, VERIFYING, INSTALLING, RESTARTING, COMMITTED,
        /** Not installed: unsigned, tampered, signed by an unknown key, a downgrade, malformed. */
        REFUSED,
        /** Not installed: the download or staging failed; the running release is untouched. */
        FAILED,
        /** Installed and tried, then undone by the gateway itself. */
        ROLLED_BACK;

        public boolean isFinal() {
            return this == COMMITTED || this == REFUSED || this == FAILED || this == ROLLED_BACK;
        }
    }
}
