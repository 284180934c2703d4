package org.misono.fleet.core.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/** Counts what came in and what could not be used, and keeps the latest refusals for operators. */
public final class IngestStats {

    private static final int RECENT_REFUSALS = 20;

    private final AtomicLong received = new AtomicLong();
    private final AtomicLong accepted = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();
    private final AtomicLong unknownTopic = new AtomicLong();
    private final AtomicLong droppedReadings = new AtomicLong();
    private final AtomicLong storeFailures = new AtomicLong();
    private final Deque<Refusal> recent = new ArrayDeque<>();

    void received() {
        received.incrementAndGet();
    }

    void accepted() {
        accepted.incrementAndGet();
    }

    /** A reading or other part of an accepted message that was left out. */
    void partlyRefused(Refusal refusal) {
        droppedReadings.incrementAndGet();
        remember(refusal);
    }

    void refused(Refusal refusal) {
        (refusal.kind() == Refusal.Kind.UNKNOWN_TOPIC ? unknownTopic : malformed).incrementAndGet();
        remember(refusal);
    }

    /** Changes the store refused although it was up; they are lost. */
    public void storeFailed(int changes) {
        storeFailures.addAndGet(changes);
    }

    private void remember(Refusal refusal) {
        synchronized (recent) {
            if (recent.size() == RECENT_REFUSALS) {
                recent.removeLast();
            }
            recent.addFirst(refusal);
        }
    }

    public Snapshot snapshot() {
        List<Refusal> latest;
        synchronized (recent) {
            latest = List.copyOf(recent);
        }
        return new Snapshot(received.get(), accepted.get(), malformed.get(), unknownTopic.get(),
                droppedReadings.get(), storeFailures.get(), latest);
    }

    /**
     * @param droppedReadings readings left out of otherwise accepted telemetry
     * @param storeFailures accepted changes the store refused to write
     * @param recentRefusals newest first
     */
    public record Snapshot(long received, long accepted, long malformed, long unknownTopic, long droppedReadings,
            long storeFailures, List<Refusal> recentRefusals) {
    }
}
