package org.misono.fleet.api.json;

import java.util.List;
import org.misono.fleet.core.event.FleetEvent;
import org.misono.fleet.core.model.PointReading;

/** Payloads of the {@code points} and {@code device} stream events. */
public final class StreamJson {

    private StreamJson() {
    }

    /** New readings of one device. */
    public record Points(String tenant, String gatewayId, String deviceId, List<Reading> points) {

        public static Points of(FleetEvent.PointsUpdated e) {
            return new Points(e.device().tenant(), e.device().gateway(), e.device().device(),
                    e.readings().stream().map(Reading::of).toList());
        }
    }

    public record Reading(String id, Object value, String quality, String reason, Long ts) {

        static Reading of(PointReading r) {
            return new Reading(r.point(), r.value(), r.quality().name(), r.reason(), Times.millis(r.ts()));
        }
    }

    /** A device event, or {@code device.described} / {@code device.removed}. */
    public record Device(String tenant, String gatewayId, String deviceId, String type, String reason, Long ts) {

        public static Device of(FleetEvent.DeviceChanged e) {
            return new Device(e.device().tenant(), e.device().gateway(), e.device().device(), e.type(), e.reason(),
                    Times.millis(e.ts()));
        }
    }
}
