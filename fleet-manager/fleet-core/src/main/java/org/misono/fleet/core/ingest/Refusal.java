package org.misono.fleet.core.ingest;

import java.time.Instant;

/**
 * A message, or part of one, the fleet manager could not use, kept so an operator can see why a gateway's
 * data does not show up.
 */
public record Refusal(Instant at, String topic, Kind kind, String reason) {

    /** Why it was refused. */
    public enum Kind {
        /** The topic is not one of the native dialect's. */
        UNKNOWN_TOPIC,
        /** The topic is known but the payload does not follow the contract. */
        MALFORMED
    }
}
