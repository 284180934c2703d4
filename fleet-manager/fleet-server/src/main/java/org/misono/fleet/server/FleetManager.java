package org.misono.fleet.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import org.misono.fleet.api.FleetApi;
import org.misono.fleet.core.event.FleetEventBus;
import org.misono.fleet.core.ingest.Ingest;
import org.misono.fleet.core.ingest.IngestStats;
import org.misono.fleet.core.liveness.LivenessTracker;
import org.misono.fleet.core.model.GatewayState;
import org.misono.fleet.core.store.FleetQueries;
import org.misono.fleet.core.write.FleetWriter;
import org.misono.fleet.mqtt.broker.EmbeddedBroker;
import org.misono.fleet.mqtt.subscriber.FleetSubscriber;
import org.misono.fleet.storage.db.Database;
import org.misono.fleet.storage.jdbi.JdbiFleetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running fleet manager: database, MQTT broker and subscriber, ingest and the HTTP API, wired together.
 * Started by the command line, by tests and by demos alike:
 *
 * <pre>{@code
 * try (FleetManager fm = FleetManager.start(FleetManagerConfig.builder().httpPort(0).mqttPort(0).dataDir(dir).build())) {
 *     fm.httpPort(); fm.mqttUrl();
 * }
 * }</pre>
 */
public final class FleetManager implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetManager.class);

    private final Deque<AutoCloseable> started;
    private final FleetQueries queries;
    private final IngestStats ingestStats;
    private final FleetSubscriber subscriber;
    private final int httpPort;
    private final String httpHost;

    private FleetManager(Deque<AutoCloseable> started, FleetQueries queries, IngestStats ingestStats,
            FleetSubscriber subscriber, int httpPort, String httpHost) {
        this.started = started;
        this.queries = queries;
        this.ingestStats = ingestStats;
        this.subscriber = subscriber;
        this.httpPort = httpPort;
        this.httpHost = httpHost;
    }

    /** Starts everything and returns once the HTTP API answers; the MQTT client connects in the background. */
    public static FleetManager start(FleetManagerConfig config) {
        Deque<AutoCloseable> started = new ArrayDeque<>();
        try {
            Files.createDirectories(config.dataDir());
            Database database = config.jdbcUrl() == null
                    ? Database.embedded(config.dataDir().resolve("postgres"))
                    : Database.external(config.jdbcUrl(), config.jdbcUser(), config.jdbcPassword());
            started.push(database);
            JdbiFleetStore store = new JdbiFleetStore(database.dataSource());

            Clock clock = Clock.systemUTC();
            IngestStats stats = new IngestStats();
            FleetEventBus events = new FleetEventBus();
            FleetWriter writer = new FleetWriter(store, store, events, liveness(config, store, clock.instant()), stats,
                    clock, FleetWriter.Settings.defaults().withLivenessCheckPeriod(config.livenessCheckPeriod()));
            writer.start();
            started.push(writer);

            String mqttUrl = config.mqttUrl();
            String brokerDescription = "external broker";
            if (mqttUrl == null) {
                EmbeddedBroker broker = EmbeddedBroker.start(config.dataDir().resolve("broker"),
                        config.mqttBindAddress(), config.mqttPort());
                started.push(broker);
                mqttUrl = broker.localUrl();
                brokerDescription = "embedded broker on " + config.mqttBindAddress() + ":" + broker.port();
            }
            FleetSubscriber subscriber = new FleetSubscriber(mqttUrl, config.mqttClientId(),
                    new Ingest(writer, stats, clock)::accept);

            FleetApi api = FleetApi.start(config.httpHost(), config.httpPort(),
                    new FleetApi.Sources(store, events, stats, writer::queued, subscriber::connected));
            started.push(api);

            subscriber.start();
            started.push(subscriber);

            FleetManager fm = new FleetManager(started, store, stats, subscriber, api.port(), config.httpHost());
            LOG.info("Misono fleet manager ready: dashboard {}/ | MQTT {} ({}) | database {}", fm.httpUrl(),
                    mqttUrl, brokerDescription, database.description());
            return fm;
        } catch (RuntimeException | Error e) {
            closeAll(started);
            throw e;
        } catch (IOException e) {
            closeAll(started);
            throw new UncheckedIOException("could not create the data directory " + config.dataDir(), e);
        }
    }

    private static LivenessTracker liveness(FleetManagerConfig config, FleetQueries queries, Instant now) {
        LivenessTracker tracker = new LivenessTracker(config.heartbeatMisses(), config.defaultHeartbeatInterval());
        for (GatewayState gateway : queries.allGateways()) {
            tracker.resume(gateway, now);
        }
        return tracker;
    }

    public int httpPort() {
        return httpPort;
    }

    /** Base URL of the dashboard and API on this machine, e.g. {@code http://127.0.0.1:8080}. */
    public String httpUrl() {
        String host = "0.0.0.0".equals(httpHost) || "::".equals(httpHost) ? "127.0.0.1" : httpHost;
        return "http://" + host + ":" + httpPort;
    }

    /** Where gateways on this machine publish, e.g. {@code tcp://127.0.0.1:1883}. */
    public String mqttUrl() {
        return subscriber.brokerUrl();
    }

    /** True once the fleet manager's MQTT client is connected and subscribed. */
    public boolean mqttConnected() {
        return subscriber.connected();
    }

    /** The stored fleet, for callers in the same process. */
    public FleetQueries queries() {
        return queries;
    }

    public IngestStats.Snapshot ingestStats() {
        return ingestStats.snapshot();
    }

    /** Stops taking messages, stores what is queued, then stops the API, broker and database. */
    @Override
    public void close() {
        closeAll(started);
        LOG.info("Misono fleet manager stopped");
    }

    private static void closeAll(Deque<AutoCloseable> started) {
        while (!started.isEmpty()) {
            AutoCloseable c = started.pop();
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("Could not close {}", c.getClass().getSimpleName(), e);
            }
        }
    }
}
