package org.misono.fleet.core.ingest;

import java.time.Clock;
import java.time.Instant;
import org.misono.fleet.core.change.Change;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for every MQTT message the fleet manager receives. A message that cannot be used is counted
 * and logged with its topic and the reason, and never stops the ones after it.
 */
public final class Ingest {

    private static final Logger LOG = LoggerFactory.getLogger(Ingest.class);

    private final MessageDecoder decoder = new MessageDecoder();
    private final ChangeSink sink;
    private final IngestStats stats;
    private final Clock clock;

    public Ingest(ChangeSink sink, IngestStats stats, Clock clock) {
        this.sink = sink;
        this.stats = stats;
        this.clock = clock;
    }

    /**
     * Decodes the message and hands its change to the writer; blocks while the writer's queue is full, which
     * slows the MQTT client down instead of losing messages.
     *
     * @param retained true when the broker replays a retained message rather than the gateway sending it now
     */
    public void accept(String topic, byte[] payload, boolean retained) {
        Instant now = clock.instant();
        stats.received();
        Decoded decoded;
        try {
            decoded = decoder.decode(topic, payload, retained, now);
        } catch (RuntimeException e) {
            LOG.error("Could not decode message on {} ({} bytes)", topic, payload.length, e);
            decoded = new Decoded.Refused(Refusal.Kind.MALFORMED, "could not be decoded: " + e);
        }
        if (decoded instanceof Decoded.Refused refused) {
            LOG.warn("Refused message on {}: {}", topic, refused.reason());
            stats.refused(new Refusal(now, topic, refused.kind(), refused.reason()));
            return;
        }
        Decoded.Accepted accepted = (Decoded.Accepted) decoded;
        for (String problem : accepted.problems()) {
            LOG.warn("Dropped part of message on {}: {}", topic, problem);
            stats.partlyRefused(new Refusal(now, topic, Refusal.Kind.MALFORMED, problem));
        }
        stats.accepted();
        try {
            sink.submit(accepted.change());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while queueing message on {}; it was not stored", topic);
        }
    }

    /** Takes decoded changes on to the store. */
    @FunctionalInterface
    public interface ChangeSink {
        void submit(Change change) throws InterruptedException;
    }
}
