package org.misono.fleet.api.sse;

import io.javalin.Javalin;
import io.javalin.http.sse.SseClient;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.misono.fleet.core.event.FleetEventBus;

/**
 * {@code GET /api/v1/stream}: Server-Sent Events {@code gateway}, {@code points} and {@code device} as the
 * fleet changes, optionally only for one tenant, gateway or device. A {@code ready} event comes first, once
 * the client is subscribed.
 */
public final class EventStream implements AutoCloseable {

    public static final String PATH = "/api/v1/stream";

    private final FleetEventBus bus;
    private final Set<ClientFeed> feeds = ConcurrentHashMap.newKeySet();

    public EventStream(FleetEventBus bus) {
        this.bus = bus;
    }

    public void register(Javalin app) {
        app.sse(PATH, this::connect);
    }

    private void connect(SseClient client) {
        StreamFilter filter = new StreamFilter(client.ctx().queryParam("tenant"), client.ctx().queryParam("gateway"),
                client.ctx().queryParam("device"));
        client.keepAlive();
        ClientFeed feed = new ClientFeed(client, filter);
        FleetEventBus.Subscription subscription = bus.subscribe(feed::offer);
        feeds.add(feed);
        client.onClose(() -> {
            subscription.close();
            feeds.remove(feed);
            feed.stop();
        });
        feed.start();
    }

    public int clients() {
        return feeds.size();
    }

    /** Ends every stream, so the HTTP server can stop without waiting for them. */
    @Override
    public void close() {
        feeds.forEach(ClientFeed::stop);
    }
}
