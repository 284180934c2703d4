package org.misono.gateway.api;

/**
 * What became of a write: done, refused before anything was sent (the request was wrong), or failed
 * on the way (the device or the link was).
 *
 * @param detail what went wrong, in words an operator can act on; null when done
 */
public record WriteOutcome(Status status, String detail) {

    public enum Status {
        /** The device confirmed the write. */
        DONE,
        /** Not sent: unknown point, read-only point, or a value the point cannot hold. */
        REFUSED,
        /** Sent but not confirmed: timeout, exception answer, lost link. */
        FAILED
    }

    public static WriteOutcome done() {
        return new WriteOutcome(Status.DONE, null);
    }

    public static WriteOutcome refused(String detail) {
        return new WriteOutcome(Status.REFUSED, detail);
    }

    public static WriteOutcome failed(String detail) {
        return new WriteOutcome(Status.FAILED, detail);
    }
}
