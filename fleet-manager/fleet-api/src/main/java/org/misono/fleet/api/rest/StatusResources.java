package org.misono.fleet.api.rest;

import io.javalin.Javalin;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import org.misono.fleet.core.ingest.IngestStats;
import org.misono.fleet.core.ingest.Refusal;

/** Whether the fleet manager is up, and what its ingest has seen. */
public final class StatusResources {

    private final IngestStats stats;
    private final IntSupplier queued;
    private final BooleanSupplier mqttConnected;

    public StatusResources(IngestStats stats, IntSupplier queued, BooleanSupplier mqttConnected) {
        this.stats = stats;
        this.queued = queued;
        this.mqttConnected = mqttConnected;
    }

    public void register(Javalin app) {
        app.get("/api/v1", ctx -> ctx.json(Map.of("version", "v1", "endpoints", List.of(
                "GET /api/v1/health", "GET /api/v1/ingest", "GET /api/v1/tenants",
                "GET /api/v1/tenants/{tenant}/gateways", "GET /api/v1/tenants/{tenant}/gateways/{gateway}",
                "GET /api/v1/tenants/{tenant}/gateways/{gateway}/devices/{device}",
                "GET /api/v1/tenants/{tenant}/gateways/{gateway}/devices/{device}/docks",
                "GET /api/v1/tenants/{tenant}/gateways/{gateway}/devices/{device}/events?limit=50",
                "GET /api/v1/stream?tenant=&gateway=&device= (text/event-stream)"))));
        // liveness: the process answers; the MQTT link is reported, not required, since it reconnects by itself
        app.get("/api/v1/health", ctx -> ctx.json(new Health("UP", mqttConnected.getAsBoolean(),
                queued.getAsInt())));
        app.get("/api/v1/ingest", ctx -> ctx.json(Ingest.of(stats.snapshot(), queued.getAsInt())));
    }

    /** @param queued changes received but not stored yet */
    record Health(String status, boolean mqttConnected, int queued) {
    }

    /** What came in since start; see {@link IngestStats.Snapshot}. */
    record Ingest(long received, long accepted, long malformed, long unknownTopic, long droppedReadings,
            long storeFailures, int queued, List<RefusalJson> recentRefusals) {

        static Ingest of(IngestStats.Snapshot s, int queued) {
            return new Ingest(s.received(), s.accepted(), s.malformed(), s.unknownTopic(), s.droppedReadings(),
                    s.storeFailures(), queued, s.recentRefusals().stream().map(RefusalJson::of).toList());
        }
    }

    record RefusalJson(long at, String topic, String kind, String reason) {

        static RefusalJson of(Refusal r) {
            return new RefusalJson(r.at().toEpochMilli(), r.topic(), r.kind().name(), r.reason());
        }
    }
}
