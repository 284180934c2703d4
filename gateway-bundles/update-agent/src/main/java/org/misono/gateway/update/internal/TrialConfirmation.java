package org.misono.gateway.update.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches a release on trial: once the health check has passed for a stable stretch the release is kept;
 * if the deadline comes first, or a lasting problem (a bundle that cannot resolve, a component that failed)
 * stays for the same stretch, the gateway goes back. Health is sampled every second, so a gateway that is
 * healthy for a moment while a component is still failing does not pass.
 */
final class TrialConfirmation {

    private static final Logger LOG = LoggerFactory.getLogger(TrialConfirmation.class);
    // leave the launcher's watchdog room: it acts only if this never decides
    private static final long DECIDE_BEFORE_DEADLINE_MS = 5_000;

    private final HealthCheck health;
    private final Set<String> baseline;
    private final LongSupplier clock;
    private final long stableMs;
    private final long deadline;
    private final Runnable keep;
    private final BiConsumer<String, List<String>> undo;
    private long healthySince = -1;
    private long lastingSince = -1;
    private List<String> lastProblems = List.of();
    private ScheduledFuture<?> task;

    /**
     * @param baseline keys of problems the gateway had before the change; the change is not blamed for them
     *     (a device that was already off stays off)
     */
    TrialConfirmation(HealthCheck health, Set<String> baseline, LongSupplier clock, long stableMs, long deadline,
            Runnable keep, BiConsumer<String, List<String>> undo) {
        this.health = health;
        this.baseline = Set.copyOf(baseline);
        this.clock = clock;
        this.stableMs = stableMs;
        this.deadline = deadline;
        this.keep = keep;
        this.undo = undo;
    }

    void start(ScheduledExecutorService executor) {
        task = executor.scheduleWithFixedDelay(this::sample, 1, 1, TimeUnit.SECONDS);
    }

    void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void sample() {
        long now = clock.getAsLong();
        List<HealthCheck.Problem> found = health.problemsBeyond(baseline);
        if (found.isEmpty()) {
            lastingSince = -1;
            if (healthySince < 0) {
                healthySince = now;
            }
            if (now - healthySince >= stableMs) {
                task.cancel(false);
                keep.run();
            }
            return;
        }
        healthySince = -1;
        List<String> problems = found.stream().map(HealthCheck.Problem::text).toList();
        if (!problems.equals(lastProblems)) {
            LOG.info("Release on trial not healthy yet: {}", problems);
            lastProblems = problems;
        }
        boolean lasting = found.stream().anyMatch(HealthCheck.Problem::lasting);
        lastingSince = lasting ? (lastingSince < 0 ? now : lastingSince) : -1;
        if (lasting && now - lastingSince >= stableMs) {
            task.cancel(false);
            undo.accept("the health check found a problem that does not go away", problems);
        } else if (now >= deadline - DECIDE_BEFORE_DEADLINE_MS) {
            task.cancel(false);
            undo.accept("the health check did not pass within the trial window", problems);
        }
    }
}
