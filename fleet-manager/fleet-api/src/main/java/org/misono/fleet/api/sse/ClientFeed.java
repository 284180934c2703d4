package org.misono.fleet.api.sse;

import io.javalin.http.sse.SseClient;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.misono.fleet.api.json.GatewayJson;
import org.misono.fleet.api.json.StreamJson;
import org.misono.fleet.core.event.FleetEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends one stream client its events from a thread of its own, so a slow browser never holds up the store
 * writer that publishes them. A client that falls too far behind is disconnected; EventSource reconnects by
 * itself and the dashboard reloads its state then.
 */
final class ClientFeed {

    private static final Logger LOG = LoggerFactory.getLogger(ClientFeed.class);
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final int MAX_PENDING = 2_000;
    private static final long KEEP_ALIVE_SECONDS = 15;

    private final SseClient client;
    private final StreamFilter filter;
    private final BlockingQueue<FleetEvent> pending = new LinkedBlockingQueue<>(MAX_PENDING);
    private final Thread thread;
    private volatile boolean stopped;

    ClientFeed(SseClient client, StreamFilter filter) {
        this.client = client;
        this.filter = filter;
        this.thread = new Thread(this::run, "sse-client-" + COUNTER.incrementAndGet());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Called on the publishing thread; never blocks. */
    void offer(FleetEvent event) {
        if (stopped || !filter.matches(event)) {
            return;
        }
        if (!pending.offer(event)) {
            LOG.warn("Stream client {} fell {} events behind; disconnecting it", thread.getName(), MAX_PENDING);
            stop();
        }
    }

    void stop() {
        stopped = true;
        thread.interrupt();
    }

    private void run() {
        try {
            client.sendEvent("ready", filter);
            while (!stopped && !client.terminated()) {
                FleetEvent event = pending.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (event == null) {
                    client.sendComment("keep-alive"); // also how a vanished client is noticed
                } else {
                    send(event);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debug("Stream client {} failed", thread.getName(), e);
        } finally {
            stopped = true;
            client.close();
        }
    }

    private void send(FleetEvent event) {
        if (event instanceof FleetEvent.GatewayUpdated g) {
            client.sendEvent("gateway", GatewayJson.of(g.state()));
        } else if (event instanceof FleetEvent.PointsUpdated p) {
            client.sendEvent("points", StreamJson.Points.of(p));
        } else if (event instanceof FleetEvent.DeviceChanged d) {
            client.sendEvent("device", StreamJson.Device.of(d));
        }
    }
}
