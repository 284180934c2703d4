package org.misono.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SimulationTest {

    private final List<Duration> advances = new CopyOnWriteArrayList<>();
    private Simulation simulation;

    @AfterEach
    void stop() {
        if (simulation != null) {
            simulation.close();
        }
    }

    @Test
    void each_tick_advances_the_behaviour_by_tick_times_speed() {
        simulation = new Simulation(advances::add, Duration.ofMillis(10), 60, "test");
        simulation.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> advances.size() >= 3);

        assertThat(advances.subList(0, 3)).containsOnly(Duration.ofMillis(600));
    }

    @Test
    void paused_simulation_does_not_tick_but_can_be_stepped() {
        simulation = new Simulation(advances::add, Duration.ofMillis(10), 1, "test");
        simulation.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> advances.size() >= 2);

        simulation.pause();
        int frozen = advances.size();
        await().during(Duration.ofMillis(200)).atMost(Duration.ofSeconds(1)).until(() -> advances.size() == frozen);

        simulation.step(Duration.ofHours(1));
        assertThat(advances).hasSize(frozen + 1).last().isEqualTo(Duration.ofHours(1));
        assertThat(simulation.isPaused()).isTrue();

        simulation.resume();
        await().atMost(Duration.ofSeconds(5)).until(() -> advances.size() > frozen + 2);
    }

    @Test
    void a_failing_step_does_not_stop_the_ticker() {
        AtomicInteger calls = new AtomicInteger();
        simulation = new Simulation(elapsed -> {
            if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("first step fails");
            }
        }, Duration.ofMillis(10), 1, "test");
        simulation.start();

        await().atMost(Duration.ofSeconds(5)).until(() -> calls.get() >= 3);
    }

    @Test
    void steps_count_ticks_and_manual_steps() {
        simulation = new Simulation(Behaviour.NONE, Duration.ofSeconds(1), 1, "test");
        simulation.step(Duration.ofSeconds(5));
        simulation.step(Duration.ofSeconds(5));
        assertThat(simulation.steps()).isEqualTo(2);
    }

    @Test
    void tick_and_speed_must_be_positive() {
        assertThatThrownBy(() -> new Simulation(Behaviour.NONE, Duration.ZERO, 1, "x")).hasMessageContaining("tick");
        assertThatThrownBy(() -> new Simulation(Behaviour.NONE, Duration.ofSeconds(1), 0, "x"))
                .hasMessageContaining("speed");
        assertThatThrownBy(() -> new Simulation(Behaviour.NONE, Duration.ofSeconds(1), Double.NaN, "x"))
                .hasMessageContaining("speed");
    }
}
