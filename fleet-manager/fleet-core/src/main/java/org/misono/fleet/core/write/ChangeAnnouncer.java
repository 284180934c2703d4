package org.misono.fleet.core.write;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.event.FleetEvent;
import org.misono.fleet.core.event.FleetEventBus;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.store.FleetQueries;

/** Turns stored changes into events. */
final class ChangeAnnouncer {

    private final FleetQueries queries;
    private final FleetEventBus bus;

    ChangeAnnouncer(FleetQueries queries, FleetEventBus bus) {
        this.queries = queries;
        this.bus = bus;
    }

    void announce(List<Change> stored, Set<GatewayKey> gatewaysChanged) {
        for (Change change : stored) {
            if (change instanceof Change.TelemetryReceived t) {
                bus.publish(new FleetEvent.PointsUpdated(t.device(), t.readings()));
            } else if (change instanceof Change.DeviceEventReceived e) {
                bus.publish(new FleetEvent.DeviceChanged(e.device(), e.event().type(), e.event().reason(),
                        Instant.ofEpochMilli(e.event().ts())));
            } else if (change instanceof Change.DeviceDescribed d) {
                bus.publish(new FleetEvent.DeviceChanged(d.device(), FleetEvent.DeviceChanged.DESCRIBED, null,
                        Instant.ofEpochMilli(d.description().ts())));
            } else if (change instanceof Change.DeviceRemoved r) {
                bus.publish(new FleetEvent.DeviceChanged(r.device(), FleetEvent.DeviceChanged.REMOVED, null,
                        r.receivedAt()));
            }
        }
        // the gateway's summary merges several changes, so it is read back rather than pieced together here
        for (GatewayKey key : gatewaysChanged) {
            if (stored.stream().anyMatch(c -> c.gateway().equals(key))) {
                queries.gateway(key).ifPresent(state -> bus.publish(new FleetEvent.GatewayUpdated(state)));
            }
        }
    }
}
