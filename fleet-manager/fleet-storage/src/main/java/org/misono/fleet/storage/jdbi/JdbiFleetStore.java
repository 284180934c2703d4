package org.misono.fleet.storage.jdbi;

import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.model.DeviceEventRecord;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.DeviceState;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.GatewayState;
import org.misono.fleet.core.model.PointState;
import org.misono.fleet.core.model.TenantSummary;
import org.misono.fleet.core.store.FleetQueries;
import org.misono.fleet.core.store.FleetStore;

/** The fleet's state in PostgreSQL. */
public final class JdbiFleetStore implements FleetStore, FleetQueries {

    private final Jdbi jdbi;
    private final GatewayRepository gateways = new GatewayRepository();
    private final DeviceRepository devices = new DeviceRepository();
    private final PointRepository points = new PointRepository();

    public JdbiFleetStore(DataSource dataSource) {
        this.jdbi = Jdbi.create(dataSource);
    }

    @Override
    public void write(List<Change> changes) {
        jdbi.useTransaction(h -> {
            for (Change change : changes) {
                apply(h, change);
            }
        });
    }

    private void apply(Handle h, Change change) {
        if (change instanceof Change.GatewayTimedOut t) {
            gateways.timedOut(h, t.gateway(), t.reason());
            return;
        }
        gateways.touch(h, change.gateway(), change.receivedAt(), change.live());
        if (change instanceof Change.StatusReported s) {
            gateways.status(h, s.gateway(), s.status());
        } else if (change instanceof Change.HeartbeatReceived hb) {
            gateways.heartbeat(h, hb.gateway(), hb.heartbeat());
        } else if (change instanceof Change.DeviceDescribed d) {
            devices.ensure(h, d.device(), d.receivedAt());
            devices.describe(h, d.device(), d.description());
            points.describe(h, d.device(), d.description().points());
        } else if (change instanceof Change.DeviceRemoved r) {
            devices.remove(h, r.device());
        } else if (change instanceof Change.TelemetryReceived t) {
            devices.ensure(h, t.device(), t.receivedAt());
            points.update(h, t.device(), t.readings(), t.receivedAt());
        } else if (change instanceof Change.DeviceEventReceived e) {
            devices.ensure(h, e.device(), e.receivedAt());
            devices.event(h, e.device(), e.event(), e.receivedAt());
        } else {
            throw new IllegalArgumentException("no way to store " + change);
        }
    }

    @Override
    public void checkAvailable() {
        jdbi.useHandle(h -> h.createQuery("select 1").mapTo(Integer.class).one());
    }

    @Override
    public List<TenantSummary> tenants() {
        return jdbi.withHandle(gateways::tenants);
    }

    @Override
    public List<GatewayState> gateways(String tenant) {
        return jdbi.withHandle(h -> gateways.list(h, tenant));
    }

    @Override
    public List<GatewayState> allGateways() {
        return jdbi.withHandle(gateways::all);
    }

    @Override
    public Optional<GatewayState> gateway(GatewayKey key) {
        return jdbi.withHandle(h -> gateways.find(h, key));
    }

    @Override
    public List<DeviceState> devices(GatewayKey key) {
        return jdbi.withHandle(h -> devices.list(h, key));
    }

    @Override
    public Optional<DeviceState> device(DeviceKey key) {
        return jdbi.withHandle(h -> devices.find(h, key));
    }

    @Override
    public List<PointState> points(DeviceKey key) {
        return jdbi.withHandle(h -> points.list(h, key));
    }

    @Override
    public List<DeviceEventRecord> events(DeviceKey key, int limit) {
        return jdbi.withHandle(h -> devices.events(h, key, limit));
    }
}
