package org.misono.fleet.core.model;

import java.time.Instant;
import org.misono.contract.PointDescription;
import org.misono.gateway.api.Quality;

/**
 * The latest reading of a point next to what the point means.
 *
 * @param description from the device's meta message; null while none arrived or the point is not in it
 * @param value boolean, Long, Double or String; null when no reading arrived yet or the last one was BAD
 * @param quality null when no reading arrived yet
 * @param ts when the gateway took the reading
 */
public record PointState(String id, PointDescription description, Object value, Quality quality, String reason,
        Instant ts) {

    public String semantic() {
        return description == null ? null : description.semantic();
    }
}
