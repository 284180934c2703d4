package org.misono.fleet.api.rest;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import org.misono.fleet.api.json.DeviceJson;
import org.misono.fleet.api.json.DeviceSummaryJson;
import org.misono.fleet.api.json.DockJson;
import org.misono.fleet.api.json.EventJson;
import org.misono.fleet.api.json.GatewayDetailJson;
import org.misono.fleet.api.json.GatewayJson;
import org.misono.fleet.api.json.PointJson;
import org.misono.fleet.api.json.TenantJson;
import org.misono.fleet.api.problem.ProblemException;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.DeviceState;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.GatewayState;
import org.misono.fleet.core.store.FleetQueries;
import org.misono.fleet.core.view.DockView;

/** Read-only resources for tenants, gateways, devices, points and docks. */
public final class FleetResources {

    static final String TENANTS = "/api/v1/tenants";
    static final String GATEWAYS = TENANTS + "/{tenant}/gateways";
    static final String GATEWAY = GATEWAYS + "/{gateway}";
    static final String DEVICE = GATEWAY + "/devices/{device}";
    private static final int MAX_EVENTS = 500;

    private final FleetQueries queries;

    public FleetResources(FleetQueries queries) {
        this.queries = queries;
    }

    public void register(Javalin app) {
        app.get(TENANTS, ctx -> ctx.json(queries.tenants().stream().map(TenantJson::of).toList()));
        app.get(GATEWAYS, this::gateways);
        app.get(GATEWAY, this::gateway);
        app.get(DEVICE, this::device);
        app.get(DEVICE + "/docks", this::docks);
        app.get(DEVICE + "/events", this::events);
    }

    private void gateways(Context ctx) {
        String tenant = ctx.pathParam("tenant");
        List<GatewayState> gateways = queries.gateways(tenant);
        if (gateways.isEmpty()) {
            throw tenantNotFound(tenant);
        }
        ctx.json(gateways.stream().map(GatewayJson::of).toList());
    }

    private void gateway(Context ctx) {
        GatewayState gateway = findGateway(ctx);
        List<DeviceSummaryJson> devices = queries.devices(gateway.key()).stream().map(DeviceSummaryJson::of).toList();
        ctx.json(GatewayDetailJson.of(gateway, devices));
    }

    private void device(Context ctx) {
        DeviceState device = findDevice(ctx);
        ctx.json(DeviceJson.of(device, queries.points(device.key()).stream().map(PointJson::of).toList()));
    }

    private void docks(Context ctx) {
        DeviceState device = findDevice(ctx);
        if (!DockView.DEVICE_CLASS.equals(device.deviceClass())) {
            throw ProblemException.notFound("not-a-station", "Device has no docks", "Device '" + device.key()
                    + "' is of class '" + device.deviceClass() + "'; only devices of class '" + DockView.DEVICE_CLASS
                    + "' have docks. Its points are at GET " + ctx.path().replaceAll("/docks$", "") + ".");
        }
        ctx.json(DockView.of(queries.points(device.key())).stream().map(DockJson::of).toList());
    }

    private void events(Context ctx) {
        DeviceState device = findDevice(ctx);
        int limit = limit(ctx);
        ctx.json(queries.events(device.key(), limit).stream().map(EventJson::of).toList());
    }

    private static int limit(Context ctx) {
        String raw = ctx.queryParam("limit");
        if (raw == null) {
            return 50;
        }
        try {
            int limit = Integer.parseInt(raw);
            if (limit >= 1 && limit <= MAX_EVENTS) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ProblemException.badRequest("bad-limit", "Invalid limit", "limit must be a whole number from 1 to "
                + MAX_EVENTS + ", was '" + raw + "'.");
    }

    private GatewayState findGateway(Context ctx) {
        GatewayKey key = new GatewayKey(ctx.pathParam("tenant"), ctx.pathParam("gateway"));
        return queries.gateway(key).orElseThrow(() -> {
            if (queries.gateways(key.tenant()).isEmpty()) {
                return tenantNotFound(key.tenant());
            }
            return ProblemException.notFound("gateway-not-found", "Gateway not found", "Tenant '" + key.tenant()
                    + "' has no gateway '" + key.gateway() + "'. GET " + TENANTS + "/" + key.tenant()
                    + "/gateways lists its gateways; a gateway appears once it publishes on misono/v1/"
                    + key.tenant() + "/<gateway>/.");
        });
    }

    private DeviceState findDevice(Context ctx) {
        GatewayState gateway = findGateway(ctx);
        DeviceKey key = gateway.key().device(ctx.pathParam("device"));
        return queries.device(key).orElseThrow(() -> ProblemException.notFound("device-not-found",
                "Device not found", "Gateway '" + gateway.key() + "' has no device '" + key.device() + "'. GET "
                        + TENANTS + "/" + key.tenant() + "/gateways/" + key.gateway() + " lists its devices."));
    }

    private static ProblemException tenantNotFound(String tenant) {
        return ProblemException.notFound("tenant-not-found", "Tenant not found", "No gateway has reported under "
                + "tenant '" + tenant + "'. GET " + TENANTS + " lists the known tenants; a tenant appears once its "
                + "first gateway publishes on misono/v1/" + tenant + "/<gateway>/.");
    }
}
