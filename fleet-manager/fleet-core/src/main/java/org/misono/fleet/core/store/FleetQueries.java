package org.misono.fleet.core.store;

import java.util.List;
import java.util.Optional;
import org.misono.fleet.core.model.DeviceEventRecord;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.DeviceState;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.GatewayState;
import org.misono.fleet.core.model.PointState;
import org.misono.fleet.core.model.TenantSummary;

/** Reads of the fleet's stored state; safe to call from any thread. Lists come sorted by id. */
public interface FleetQueries {

    List<TenantSummary> tenants();

    /** Empty when the tenant is unknown. */
    List<GatewayState> gateways(String tenant);

    /** Every gateway of every tenant, e.g. to resume liveness tracking after a restart. */
    List<GatewayState> allGateways();

    Optional<GatewayState> gateway(GatewayKey key);

    List<DeviceState> devices(GatewayKey key);

    Optional<DeviceState> device(DeviceKey key);

    /** Every point described by the device's meta message (in its order) or reported in its telemetry. */
    List<PointState> points(DeviceKey key);

    /** The device's latest events, newest first. */
    List<DeviceEventRecord> events(DeviceKey key, int limit);
}
