package org.misono.fleet.campaign;

/** Where one gateway stands in a campaign. */
public enum TargetState {
    /** In a wave that has not opened yet. */
    WAITING,
    /** In an open wave, not sent yet: waiting for a slot, its maintenance window or for it to come online. */
    READY,
    /** Sent; no word back yet. */
    SENT,
    /** Downloading, verifying, installing or on trial. */
    IN_PROGRESS,
    SUCCEEDED,
    /** Refused, failed or rolled back by the gateway; the detail says why. */
    FAILED,
    /** The campaign was aborted before this gateway was sent anything. */
    CANCELLED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == FAILED || this == CANCELLED;
    }

    public boolean isBusy() {
        return this == SENT || this == IN_PROGRESS;
    }
}
