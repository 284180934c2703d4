package org.misono.fleet.core.event;

import java.time.Instant;
import java.util.List;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.GatewayState;
import org.misono.fleet.core.model.PointReading;

/** Announced after a change has been stored, so a listener that reads the store sees it. */
public sealed interface FleetEvent {

    GatewayKey gateway();

    /** The gateway's status, heartbeat figures or online state changed. */
    record GatewayUpdated(GatewayState state) implements FleetEvent {
        @Override
        public GatewayKey gateway() {
            return state.key();
        }
    }

    /** New readings of a device's points. */
    record PointsUpdated(DeviceKey device, List<PointReading> readings) implements FleetEvent {
        public PointsUpdated {
            readings = List.copyOf(readings);
        }

        @Override
        public GatewayKey gateway() {
            return device.gatewayKey();
        }
    }

    /**
     * Something happened to a device: a gateway-reported event ({@code device.offline}, {@code device.online}, ...)
     * or {@link #DESCRIBED} / {@link #REMOVED} when its meta message arrived or was cleared.
     */
    record DeviceChanged(DeviceKey device, String type, String reason, Instant ts) implements FleetEvent {
        public static final String DESCRIBED = "device.described";
        public static final String REMOVED = "device.removed";

        @Override
        public GatewayKey gateway() {
            return device.gatewayKey();
        }
    }
}
