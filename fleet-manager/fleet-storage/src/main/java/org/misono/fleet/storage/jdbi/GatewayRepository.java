package org.misono.fleet.storage.jdbi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.misono.contract.GatewayStatus;
import org.misono.contract.Heartbeat;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.model.GatewayState;
import org.misono.fleet.core.model.TenantSummary;

/** Tenants and gateways. */
final class GatewayRepository {

    private static final String SELECT = "select g.*, (select count(*) from device d where d.tenant = g.tenant"
            + " and d.gateway_id = g.gateway_id) as device_count from gateway g ";

    /**
     * Records that a message of the gateway arrived, creating tenant and gateway on first sight. A live message
     * proves the gateway is up; a retained replay does not.
     */
    void touch(Handle h, GatewayKey key, Instant receivedAt, boolean live) {
        h.createUpdate("insert into tenant (tenant, first_seen) values (:tenant, :at) on conflict do nothing")
                .bind("tenant", key.tenant()).bind("at", receivedAt).execute();
        h.createUpdate("insert into gateway (tenant, gateway_id, first_seen, last_seen, online)"
                + " values (:tenant, :gateway, :at, :lastSeen, :live)"
                + " on conflict (tenant, gateway_id) do update set"
                + " last_seen = greatest(gateway.last_seen, excluded.last_seen),"
                + " online = gateway.online or excluded.online,"
                + " offline_reason = case when excluded.online then null else gateway.offline_reason end")
                .bind("tenant", key.tenant()).bind("gateway", key.gateway()).bind("at", receivedAt)
                .bind("lastSeen", live ? receivedAt : null).bind("live", live)
                .execute();
    }

    void status(Handle h, GatewayKey key, GatewayStatus status) {
        String reason = status.online() ? null
                : status.reason() != null ? status.reason() : "the gateway reported itself offline";
        h.createUpdate("update gateway set online = :online, offline_reason = :reason,"
                + " firmware = coalesce(:firmware, firmware),"
                + " started_at = case when :online then :startedAt else started_at end, status_ts = :ts"
                + " where tenant = :tenant and gateway_id = :gateway")
                .bind("online", status.online()).bind("reason", reason).bind("firmware", status.firmware())
                .bind("startedAt", status.startedAt() == null ? null : Rows.epochMillis(status.startedAt()))
                .bind("ts", Rows.epochMillis(status.ts()))
                .bind("tenant", key.tenant()).bind("gateway", key.gateway())
                .execute();
    }

    void heartbeat(Handle h, GatewayKey key, Heartbeat hb) {
        Heartbeat.Backlog backlog = hb.backlog() == null ? new Heartbeat.Backlog(0, 0) : hb.backlog();
        h.createUpdate("update gateway set heartbeat_interval = :interval, heartbeat_seq = :seq, uptime = :uptime,"
                + " backlog_messages = :messages, backlog_bytes = :bytes, dropped = cast(:dropped as jsonb),"
                + " devices_online = :devicesOnline, devices_offline = :devicesOffline"
                + " where tenant = :tenant and gateway_id = :gateway")
                .bind("interval", hb.interval()).bind("seq", hb.seq()).bind("uptime", hb.uptime())
                .bind("messages", backlog.messages()).bind("bytes", backlog.bytes())
                .bind("dropped", Rows.json(hb.dropped()))
                .bind("devicesOnline", hb.devicesOnline()).bind("devicesOffline", hb.devicesOffline())
                .bind("tenant", key.tenant()).bind("gateway", key.gateway())
                .execute();
    }

    void timedOut(Handle h, GatewayKey key, String reason) {
        h.createUpdate("update gateway set online = false, offline_reason = :reason"
                + " where tenant = :tenant and gateway_id = :gateway")
                .bind("reason", reason).bind("tenant", key.tenant()).bind("gateway", key.gateway())
                .execute();
    }

    List<TenantSummary> tenants(Handle h) {
        return h.createQuery("select t.tenant, count(g.gateway_id) as gateways,"
                + " count(g.gateway_id) filter (where g.online) as online"
                + " from tenant t left join gateway g on g.tenant = t.tenant group by t.tenant order by t.tenant")
                .map((rs, ctx) -> new TenantSummary(rs.getString("tenant"), rs.getInt("gateways"),
                        rs.getInt("online")))
                .list();
    }

    List<GatewayState> list(Handle h, String tenant) {
        return h.createQuery(SELECT + "where g.tenant = :tenant order by g.gateway_id")
                .bind("tenant", tenant).map(GatewayRepository::state).list();
    }

    List<GatewayState> all(Handle h) {
        return h.createQuery(SELECT + "order by g.tenant, g.gateway_id").map(GatewayRepository::state).list();
    }

    Optional<GatewayState> find(Handle h, GatewayKey key) {
        return h.createQuery(SELECT + "where g.tenant = :tenant and g.gateway_id = :gateway")
                .bind("tenant", key.tenant()).bind("gateway", key.gateway())
                .map(GatewayRepository::state).findOne();
    }

    private static GatewayState state(ResultSet rs, StatementContext ctx) throws SQLException {
        return new GatewayState(new GatewayKey(rs.getString("tenant"), rs.getString("gateway_id")),
                rs.getBoolean("online"), rs.getString("offline_reason"), rs.getString("firmware"),
                Rows.instant(rs, "started_at"), Rows.instant(rs, "status_ts"), Rows.instant(rs, "first_seen"),
                Rows.instant(rs, "last_seen"), Rows.integer(rs, "heartbeat_interval"), Rows.longValue(rs, "uptime"),
                rs.getLong("backlog_messages"), rs.getLong("backlog_bytes"), Rows.counts(rs.getString("dropped")),
                Rows.integer(rs, "devices_online"), Rows.integer(rs, "devices_offline"), rs.getInt("device_count"));
    }
}
