package org.misono.fleet.core.write;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.event.FleetEventBus;
import org.misono.fleet.core.ingest.Ingest;
import org.misono.fleet.core.ingest.IngestStats;
import org.misono.fleet.core.liveness.LivenessTracker;
import org.misono.fleet.core.liveness.LivenessTracker.Observation;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.core.store.FleetQueries;
import org.misono.fleet.core.store.FleetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer of the fleet's state. Changes from any number of gateways queue up here; one thread
 * takes them in batches, so the store pays for one transaction per batch rather than per message, and
 * announces each batch on the event bus once it is stored. The same thread tracks liveness, so online and
 * offline are decided in the order changes are stored.
 *
 * <p>When the store is down, the writer waits and retries; the queue fills up and then slows the MQTT client
 * down. When the store refuses single changes, those are counted and dropped, and the others go through.
 */
public final class FleetWriter implements Ingest.ChangeSink, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetWriter.class);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final FleetStore store;
    private final LivenessTracker liveness;
    private final IngestStats stats;
    private final Clock clock;
    private final Settings settings;
    private final ChangeAnnouncer announcer;
    private final BlockingQueue<Change> queue;
    private final Thread thread;
    private volatile boolean stopping;

    public FleetWriter(FleetStore store, FleetQueries queries, FleetEventBus bus, LivenessTracker liveness,
            IngestStats stats, Clock clock, Settings settings) {
        this.store = store;
        this.liveness = liveness;
        this.stats = stats;
        this.clock = clock;
        this.settings = settings;
        this.announcer = new ChangeAnnouncer(queries, bus);
        this.queue = new ArrayBlockingQueue<>(settings.queueCapacity());
        this.thread = new Thread(this::run, "fleet-writer");
        thread.setDaemon(true);
    }

    public void start() {
        thread.start();
    }

    @Override
    public void submit(Change change) throws InterruptedException {
        if (stopping) {
            throw new IllegalStateException("the fleet writer is closed; " + change + " was not stored");
        }
        queue.put(change);
    }

    /** Changes waiting to be stored. */
    public int queued() {
        return queue.size();
    }

    /** Stores what is queued, then stops. */
    @Override
    public void close() {
        stopping = true;
        try {
            thread.join(Duration.ofSeconds(30).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!queue.isEmpty()) {
            LOG.warn("Stopped with {} changes not stored", queue.size());
        }
    }

    private void run() {
        long pollMillis = Math.min(200, settings.livenessCheckPeriod().toMillis());
        Instant nextCheck = clock.instant().plus(settings.livenessCheckPeriod());
        List<Change> taken = new ArrayList<>();
        while (true) {
            try {
                Change first = queue.poll(pollMillis, TimeUnit.MILLISECONDS);
                if (first == null && stopping) {
                    return;
                }
                if (first != null) {
                    taken.add(first);
                    queue.drainTo(taken, settings.maxBatch() - 1);
                }
                Instant now = clock.instant();
                Batch batch = observe(taken);
                if (!now.isBefore(nextCheck)) {
                    for (Change.GatewayTimedOut t : liveness.expire(now)) {
                        LOG.info("Gateway {} is offline: {}", t.gateway(), t.reason());
                        batch.add(t, true);
                    }
                    nextCheck = now.plus(settings.livenessCheckPeriod());
                }
                if (!batch.changes.isEmpty()) {
                    List<Change> stored = write(batch.changes);
                    announcer.announce(stored, batch.gatewaysChanged);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.error("Fleet writer failed on a batch of {}; carrying on", taken.size(), e);
            }
            taken.clear();
        }
    }

    private Batch observe(List<Change> changes) {
        Batch batch = new Batch();
        for (Change change : changes) {
            Observation o = liveness.observe(change);
            if (o == Observation.REPEATED_STATUS) {
                continue;
            }
            boolean gatewayChanged = o == Observation.CAME_ONLINE || change instanceof Change.StatusReported
                    || change instanceof Change.HeartbeatReceived;
            batch.add(change, gatewayChanged);
        }
        return batch;
    }

    /** Stores the batch; returns the changes that were stored. */
    private List<Change> write(List<Change> changes) throws InterruptedException {
        Duration backoff = Duration.ofMillis(500);
        while (true) {
            try {
                store.write(changes);
                return changes;
            } catch (RuntimeException batchFailure) {
                if (isAvailable()) {
                    return writeOneByOne(changes, batchFailure);
                }
                if (stopping) {
                    LOG.error("Store unreachable while stopping; {} changes not stored", changes.size(), batchFailure);
                    stats.storeFailed(changes.size());
                    return List.of();
                }
                LOG.warn("Store unreachable, retrying {} changes in {} ms: {}", changes.size(), backoff.toMillis(),
                        batchFailure.toString());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    /** The store is up but refused the batch: find the changes it refuses and keep the rest. */
    private List<Change> writeOneByOne(List<Change> changes, RuntimeException batchFailure) {
        LOG.warn("Store refused a batch of {} changes ({}); writing them one by one", changes.size(),
                batchFailure.toString());
        List<Change> stored = new ArrayList<>();
        for (Change change : changes) {
            try {
                store.write(List.of(change));
                stored.add(change);
            } catch (RuntimeException e) {
                LOG.error("Store refused {}; it is dropped", change, e);
                stats.storeFailed(1);
            }
        }
        return stored;
    }

    private boolean isAvailable() {
        try {
            store.checkAvailable();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static final class Batch {
        final List<Change> changes = new ArrayList<>();
        final Set<GatewayKey> gatewaysChanged = new LinkedHashSet<>();

        void add(Change change, boolean gatewayChanged) {
            changes.add(change);
            if (gatewayChanged) {
                gatewaysChanged.add(change.gateway());
            }
        }
    }

    /**
     * @param queueCapacity changes that may wait before the MQTT client is slowed down
     * @param maxBatch changes stored in one transaction at most
     * @param livenessCheckPeriod how often silent gateways are looked for
     */
    public record Settings(int queueCapacity, int maxBatch, Duration livenessCheckPeriod) {

        public static Settings defaults() {
            return new Settings(10_000, 500, Duration.ofSeconds(1));
        }

        public Settings withLivenessCheckPeriod(Duration period) {
            return new Settings(queueCapacity, maxBatch, period);
        }
    }
}
