package org.misono.gateway.api;

/** How far a reading can be trusted; it travels with the value all the way into the city OS. */
public enum Quality {
    /** Read from the device in this poll and decoded without complaint. */
    GOOD,
    /** A real value, but older than the point's poll interval promises (the link is overloaded or slow). */
    STALE,
    /** No usable value: the device did not answer, answered with an error, or sent what cannot be decoded. */
    BAD
}
