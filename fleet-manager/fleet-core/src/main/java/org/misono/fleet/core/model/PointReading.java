package org.misono.fleet.core.model;

import java.time.Instant;
import java.util.Objects;
import org.misono.gateway.api.Quality;

/** One reading as it is stored: the wire record with its timestamp resolved. */
public record PointReading(String point, Object value, Quality quality, String reason, Instant ts) {

    public PointReading {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(quality, "quality");
        Objects.requireNonNull(ts, "ts");
    }
}
