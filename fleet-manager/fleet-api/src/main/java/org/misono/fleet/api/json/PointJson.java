package org.misono.fleet.api.json;

import java.util.List;
import org.misono.contract.PointDescription;
import org.misono.fleet.core.model.PointState;

/**
 * A point: its meaning (null fields while the device's meta message has not arrived) and its latest reading
 * ({@code quality} null while no reading has arrived).
 */
public record PointJson(String id, String name, String semantic, String group, Integer instance, String type,
        String unit, String access, List<String> labels, Object value, String quality, String reason, Long ts) {

    public static PointJson of(PointState p) {
        PointDescription d = p.description();
        return new PointJson(p.id(), d == null ? null : d.name(), d == null ? null : d.semantic(),
                d == null ? null : d.group(), d == null ? null : d.instance(), d == null ? null : d.type(),
                d == null ? null : d.unit(), d == null ? null : d.access(), d == null ? List.of() : d.labels(),
                p.value(), p.quality() == null ? null : p.quality().name(), p.reason(), Times.millis(p.ts()));
    }
}
