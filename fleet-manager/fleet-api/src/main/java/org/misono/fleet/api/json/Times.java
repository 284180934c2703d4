package org.misono.fleet.api.json;

import java.time.Instant;

/** The API gives times as milliseconds since the epoch, like the MQTT contract. */
final class Times {

    private Times() {
    }

    static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }
}
