package org.misono.fleet.storage.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.misono.contract.DeviceDescription;
import org.misono.contract.DeviceEventMessage;
import org.misono.fleet.core.model.DeviceEventRecord;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.DeviceState;
import org.misono.fleet.core.model.GatewayKey;

/** Devices, their descriptions and their event history. */
final class DeviceRepository {

    static final String OFFLINE = "device.offline";
    static final String ONLINE = "device.online";

    /** Creates the device on first sight; telemetry may arrive before its meta message. */
    void ensure(Handle h, DeviceKey key, Instant receivedAt) {
        h.createUpdate("insert into device (tenant, gateway_id, device_id, first_seen)"
                + " values (:tenant, :gateway, :device, :at) on conflict do nothing")
                .bindMethods(key).bind("at", receivedAt).execute();
    }

    void describe(Handle h, DeviceKey key, DeviceDescription d) {
        h.createUpdate("update device set profile = :profile, profile_version = :profileVersion, vendor = :vendor,"
                + " model = :model, device_class = :deviceClass, protocol = :protocol, endpoint = :endpoint,"
                + " described_at = :describedAt"
                + " where tenant = :tenant and gateway_id = :gateway and device_id = :device")
                .bindMethods(key)
                .bind("profile", d.profile()).bind("profileVersion", d.profileVersion()).bind("vendor", d.vendor())
                .bind("model", d.model()).bind("deviceClass", d.deviceClass()).bind("protocol", d.protocol())
                .bind("endpoint", d.endpoint()).bind("describedAt", Rows.epochMillis(d.ts()))
                .execute();
    }

    void remove(Handle h, DeviceKey key) {
        h.createUpdate("delete from device where tenant = :tenant and gateway_id = :gateway and device_id = :device")
                .bindMethods(key).execute();
    }

    /** Keeps the event and, unless a later event is already stored, the device's online state it implies. */
    void event(Handle h, DeviceKey key, DeviceEventMessage e, Instant receivedAt) {
        int inserted = h.createUpdate("insert into device_event"
                + " (tenant, gateway_id, device_id, seq, ts, type, reason, received_at)"
                + " values (:tenant, :gateway, :device, :seq, :ts, :type, :reason, :receivedAt) on conflict do nothing")
                .bindMethods(key).bind("seq", e.seq()).bind("ts", Rows.epochMillis(e.ts())).bind("type", e.type())
                .bind("reason", e.reason()).bind("receivedAt", receivedAt)
                .execute();
        if (inserted == 0) {
            return; // a redelivery of an event already stored
        }
        h.createUpdate("update device set"
                + " online = case :type when '" + OFFLINE + "' then false when '" + ONLINE + "' then true"
                + " else online end,"
                + " last_event_type = :type, last_event_reason = :reason, last_event_at = :ts"
                + " where tenant = :tenant and gateway_id = :gateway and device_id = :device"
                + " and (last_event_at is null or last_event_at <= :ts)")
                .bindMethods(key).bind("type", e.type()).bind("reason", e.reason()).bind("ts", Rows.epochMillis(e.ts()))
                .execute();
    }

    List<DeviceState> list(Handle h, GatewayKey key) {
        return h.createQuery("select * from device where tenant = :tenant and gateway_id = :gateway"
                + " order by device_id")
                .bind("tenant", key.tenant()).bind("gateway", key.gateway())
                .map(DeviceRepository::state).list();
    }

    Optional<DeviceState> find(Handle h, DeviceKey key) {
        return h.createQuery("select * from device"
                + " where tenant = :tenant and gateway_id = :gateway and device_id = :device")
                .bindMethods(key).map(DeviceRepository::state).findOne();
    }

    List<DeviceEventRecord> events(Handle h, DeviceKey key, int limit) {
        return h.createQuery("select seq, ts, type, reason, received_at from device_event"
                + " where tenant = :tenant and gateway_id = :gateway and device_id = :device"
                + " order by ts desc, id desc limit :limit")
                .bindMethods(key).bind("limit", limit)
                .map((rs, ctx) -> new DeviceEventRecord(rs.getLong("seq"), Rows.instant(rs, "ts"),
                        rs.getString("type"), rs.getString("reason"), Rows.instant(rs, "received_at")))
                .list();
    }

    private static DeviceState state(ResultSet rs, StatementContext ctx) throws SQLException {
        return new DeviceState(
                new DeviceKey(rs.getString("tenant"), rs.getString("gateway_id"), rs.getString("device_id")),
                rs.getString("profile"), rs.getString("profile_version"), rs.getString("vendor"),
                rs.getString("model"), rs.getString("device_class"), rs.getString("protocol"),
                rs.getString("endpoint"), Rows.instant(rs, "described_at"), rs.getBoolean("online"),
                rs.getString("last_event_type"), rs.getString("last_event_reason"),
                Rows.instant(rs, "last_event_at"), Rows.instant(rs, "first_seen"));
    }
}
