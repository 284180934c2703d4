package org.misono.fleet.core.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In-process publish/subscribe of {@link FleetEvent}s. Listeners run on the publishing thread (the store
 * writer), so they must hand slow work, such as writing to a network client, to a thread of their own.
 */
public final class FleetEventBus {

    private static final Logger LOG = LoggerFactory.getLogger(FleetEventBus.class);

    private final List<Consumer<FleetEvent>> listeners = new CopyOnWriteArrayList<>();

    /** Starts delivering events to the listener; closing the returned handle stops it. */
    public Subscription subscribe(Consumer<FleetEvent> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(FleetEvent event) {
        for (Consumer<FleetEvent> listener : listeners) {
            try {
                listener.accept(event);
            } catch (RuntimeException e) {
                // one broken listener must not keep the event from the others
                LOG.error("Event listener {} failed on {}", listener, event, e);
            }
        }
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** A registered listener. */
    @FunctionalInterface
    public interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
