package org.misono.fleet.storage.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.StatementContext;
import org.misono.contract.PointDescription;
import org.misono.fleet.core.model.DeviceKey;
import org.misono.fleet.core.model.PointReading;
import org.misono.fleet.core.model.PointState;
import org.misono.gateway.api.Quality;

/** Point descriptions and latest values. */
final class PointRepository {

    /** Replaces the device's point descriptions with those of its new meta message. */
    void describe(Handle h, DeviceKey key, List<PointDescription> points) {
        h.createUpdate("delete from point_description"
                + " where tenant = :tenant and gateway_id = :gateway and device_id = :device")
                .bindMethods(key).execute();
        if (points.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("insert into point_description (tenant, gateway_id, device_id,"
                + " point_id, position, name, semantic, group_id, instance, data_type, unit, access, labels)"
                + " values (:tenant, :gateway, :device, :id, :position, :name, :semantic, :group, :instance,"
                + " :type, :unit, :access, cast(:labels as jsonb))");
        for (int i = 0; i < points.size(); i++) {
            PointDescription p = points.get(i);
            batch.bindMethods(key).bind("id", p.id()).bind("position", i).bind("name", p.name())
                    .bind("semantic", p.semantic()).bind("group", p.group()).bind("instance", p.instance())
                    .bind("type", p.type()).bind("unit", p.unit()).bind("access", p.access())
                    .bind("labels", Rows.json(p.labels()))
                    .add();
        }
        batch.execute();
    }

    /** Stores a message's readings in one round trip; a reading older than the stored one is ignored. */
    void update(Handle h, DeviceKey key, List<PointReading> readings, Instant receivedAt) {
        if (readings.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch("insert into point_value (tenant, gateway_id, device_id, point_id,"
                + " value, quality, reason, ts, received_at)"
                + " values (:tenant, :gateway, :device, :point, cast(:value as jsonb), :quality, :reason, :ts,"
                + " :receivedAt)"
                + " on conflict (tenant, gateway_id, device_id, point_id) do update set value = excluded.value,"
                + " quality = excluded.quality, reason = excluded.reason, ts = excluded.ts,"
                + " received_at = excluded.received_at"
                + " where point_value.ts <= excluded.ts");
        for (PointReading r : readings) {
            batch.bindMethods(key).bind("point", r.point()).bind("value", Rows.json(r.value()))
                    .bind("quality", r.quality().name()).bind("reason", r.reason()).bind("ts", r.ts())
                    .bind("receivedAt", receivedAt)
                    .add();
        }
        batch.execute();
    }

    /** Described points in the order of the meta message, then points known only from telemetry. */
    List<PointState> list(Handle h, DeviceKey key) {
        return h.createQuery("select coalesce(d.point_id, v.point_id) as id, d.position, d.name, d.semantic,"
                + " d.group_id, d.instance, d.data_type, d.unit, d.access, d.labels::text as labels,"
                + " v.value::text as value, v.quality, v.reason, v.ts"
                + " from (select * from point_description"
                + "   where tenant = :tenant and gateway_id = :gateway and device_id = :device) d"
                + " full outer join (select * from point_value"
                + "   where tenant = :tenant and gateway_id = :gateway and device_id = :device) v"
                + " on d.point_id = v.point_id"
                + " order by d.position nulls last, id")
                .bindMethods(key).map(PointRepository::state).list();
    }

    private static PointState state(ResultSet rs, StatementContext ctx) throws SQLException {
        String id = rs.getString("id");
        PointDescription description = Rows.integer(rs, "position") == null ? null
                : new PointDescription(id, rs.getString("name"), rs.getString("semantic"), rs.getString("group_id"),
                        Rows.integer(rs, "instance"), rs.getString("data_type"), rs.getString("unit"),
                        rs.getString("access"), Rows.strings(rs.getString("labels")));
        String quality = rs.getString("quality");
        return new PointState(id, description, Rows.value(rs.getString("value")),
                quality == null ? null : Quality.valueOf(quality), rs.getString("reason"), Rows.instant(rs, "ts"));
    }
}
