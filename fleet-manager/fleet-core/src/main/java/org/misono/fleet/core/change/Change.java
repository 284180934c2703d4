package org.misono.fleet.core.change;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.misono.contract.DeviceDescription;
import org.misono.contract.DeviceEventMessage;
import org.misono.contract.GatewayStatus;
import org.misono.contract.Heartbeat;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.PointReading;

/**
 * One thing that happened to the fleet and must be written: decoded from a gateway's message, or concluded
 * by the fleet manager itself (a gateway that stopped talking). The store applies a batch of them in one
 * transaction.
 */
public sealed interface Change {

    GatewayKey gateway();

    /** The fleet manager's own clock when it saw the message; gateways' clocks may be off. */
    Instant receivedAt();

    /**
     * True when the gateway sent it just now, so it proves the gateway is alive; false for a retained
     * message the broker replays to a new subscriber, and for conclusions the fleet manager drew.
     */
    boolean live();

    /** The gateway's birth or its offline status (last will or clean shutdown). */
    record StatusReported(GatewayKey gateway, GatewayStatus status, Instant receivedAt, boolean live)
            implements Change {
        public StatusReported {
            Objects.requireNonNull(status, "status");
        }
    }

    record HeartbeatReceived(GatewayKey gateway, Heartbeat heartbeat, Instant receivedAt, boolean live)
            implements Change {
        public HeartbeatReceived {
            Objects.requireNonNull(heartbeat, "heartbeat");
        }
    }

    /** A meta message: the device's profile and the meaning of its points, replacing any earlier one. */
    record DeviceDescribed(DeviceKey device, DeviceDescription description, Instant receivedAt, boolean live)
            implements Change {
        public DeviceDescribed {
            Objects.requireNonNull(description, "description");
        }

        @Override
        public GatewayKey gateway() {
            return device.gatewayKey();
        }
    }

    /** An empty retained meta message: the device was taken off the gateway. */
    record DeviceRemoved(DeviceKey device, Instant receivedAt, boolean live) implements Change {
        @Override
        public GatewayKey gateway() {
            return device.gatewayKey();
        }
    }

    record TelemetryReceived(DeviceKey device, long seq, List<PointReading> readings, Instant receivedAt,
            boolean live)
            implements Change {
        public TelemetryReceived {
            readings = List.copyOf(readings);
        }

        @Override
        public GatewayKey gateway() {
            return device.gatewayKey();
        }
    }

    record DeviceEventReceived(DeviceKey device, DeviceEventMessage event, Instant receivedAt, boolean live)
            implements Change {
        public DeviceEventReceived {
            Objects.requireNonNull(event, "event");
        }

        @Override
        public GatewayKey gateway() {
            return device.gatewayKey();
        }
    }

    /** The fleet manager's conclusion that a gateway is gone although no last will arrived. */
    record GatewayTimedOut(GatewayKey gateway, String reason, Instant receivedAt) implements Change {
        @Override
        public boolean live() {
            return false;
        }
    }
}
