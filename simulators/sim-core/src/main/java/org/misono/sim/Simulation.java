package org.misono.sim;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives a behaviour on a wall-clock tick: every {@code tick} of real time the behaviour advances by
 * {@code tick × speed} of simulated time. Tests pause it and call {@link #step} instead, so what they see
 * does not depend on timing.
 */
public final class Simulation implements AutoCloseable {

    public static final Duration DEFAULT_TICK = Duration.ofSeconds(1);

    private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);

    private final Behaviour behaviour;
    private final Duration tick;
    private final double speed;
    private final String name;
    private final Object lock = new Object();
    private ScheduledExecutorService ticker;
    private boolean paused;
    private long steps;

    /**
     * @param tick real time between two steps
     * @param speed simulated seconds per real second, e.g. 60 to see an hour in a minute
     * @param name names the ticker thread
     */
    public Simulation(Behaviour behaviour, Duration tick, double speed, String name) {
        if (tick.isZero() || tick.isNegative()) {
            throw new IllegalArgumentException("tick must be positive, not " + tick);
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed must be a positive number, not " + speed);
        }
        this.behaviour = behaviour;
        this.tick = tick;
        this.speed = speed;
        this.name = name;
    }

    public Duration tick() {
        return tick;
    }

    public double speed() {
        return speed;
    }

    /** Starts ticking; a simulation paused before start stays paused. */
    public void start() {
        synchronized (lock) {
            if (ticker != null) {
                return;
            }
            ticker = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread t = new Thread(task, "misono-sim-ticker-" + name);
                t.setDaemon(true);
                return t;
            });
            ticker.scheduleAtFixedRate(this::onTick, tick.toNanos(), tick.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Stops the behaviour; once this returns no step is running and none starts until {@link #resume}. */
    public void pause() {
        synchronized (lock) {
            paused = true;
        }
    }

    public void resume() {
        synchronized (lock) {
            paused = false;
        }
    }

    public boolean isPaused() {
        synchronized (lock) {
            return paused;
        }
    }

    /** Advances the behaviour by this much simulated time now, paused or not. */
    public void step(Duration simulated) {
        synchronized (lock) {
            behaviour.advance(simulated);
            steps++;
        }
    }

    /** Steps taken so far, by the ticker or by {@link #step}; lets a test wait for the ticker. */
    public long steps() {
        synchronized (lock) {
            return steps;
        }
    }

    private void onTick() {
        synchronized (lock) {
            if (paused) {
                return;
            }
            try {
                step(Duration.ofNanos(Math.round(tick.toNanos() * speed)));
            } catch (RuntimeException e) {
                // an exception would cancel the schedule and freeze the device for good
                LOG.error("simulation step failed; the next tick tries again", e);
            }
        }
    }

    @Override
    public void close() {
        synchronized (lock) {
            if (ticker != null) {
                ticker.shutdownNow();
            }
        }
    }
}
