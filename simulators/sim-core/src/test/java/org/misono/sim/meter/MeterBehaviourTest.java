package org.misono.sim.meter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.misono.modbus.ModbusResponse;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;
import org.misono.profile.codec.RegisterCodec;
import org.misono.sim.PointReader;
import org.misono.sim.TestProfiles;
import org.misono.sim.device.SimulatedDevice;

class MeterBehaviourTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final DeviceProfile profile = TestProfiles.meter();
    private final SimulatedDevice device = new SimulatedDevice(profile);

    @Test
    void registers_hold_exactly_what_the_profile_encodes_for_the_state() {
        MeterBehaviour meter = new MeterBehaviour(device, 7, MeterBehaviour.Settings.defaults());
        for (int i = 0; i < 30; i++) {
            meter.advance(MINUTE);
        }
        MeterState state = meter.state();

        assertEncoded("activePower", state.activePowerWatts());
        assertEncoded("energyImport", state.energyImportKWh());
        assertEncoded("energyExport", state.energyExportKWh());
        assertEncoded("voltage", state.voltage());
        assertEncoded("frequency", state.frequencyHz());
        assertThat(state.timeOfDay()).isEqualTo(LocalTime.of(12, 30));
    }

    @Test
    void import_energy_integrates_positive_power_over_each_step() {
        MeterBehaviour meter = new MeterBehaviour(device, 7, MeterBehaviour.Settings.defaults());
        for (int i = 0; i < 100; i++) {
            MeterState before = meter.state();
            meter.advance(MINUTE);
            MeterState after = meter.state();

            assertThat(after.activePowerWatts()).isPositive();
            assertThat(after.energyImportKWh() - before.energyImportKWh())
                    .isCloseTo(after.activePowerWatts() * 60 / 3_600_000, within(1e-9));
            assertThat(after.energyExportKWh()).isEqualTo(before.energyExportKWh());
        }
    }

    @Test
    void solar_at_noon_makes_power_negative_and_counts_export() {
        MeterBehaviour meter = new MeterBehaviour(device, 7, MeterBehaviour.Settings.defaults().withPvPeakWatts(8000));
        MeterState before = meter.state();
        meter.advance(MINUTE);
        MeterState after = meter.state();

        assertThat(after.activePowerWatts()).isNegative();
        assertThat(after.energyExportKWh() - before.energyExportKWh())
                .isCloseTo(-after.activePowerWatts() * 60 / 3_600_000, within(1e-9));
        assertThat(after.energyImportKWh()).isEqualTo(before.energyImportKWh());
        assertThat((Double) PointReader.read(device, 1, point("activePower"))).isNegative();
        assertThat(after.voltage()).as("exporting homes push the voltage up").isGreaterThan(231);
    }

    @Test
    void load_follows_the_day_with_an_evening_peak_and_plausible_grid_values() {
        MeterBehaviour meter = new MeterBehaviour(device, 11, MeterBehaviour.Settings.defaults()
                .withStartTime(LocalTime.MIDNIGHT));
        double night = 0;
        double evening = 0;
        for (int minute = 1; minute <= 24 * 60; minute++) {
            meter.advance(MINUTE);
            MeterState s = meter.state();
            double hour = minute / 60.0;
            if (hour > 2 && hour <= 4) {
                night += s.activePowerWatts();
            } else if (hour > 18.5 && hour <= 20.5) {
                evening += s.activePowerWatts();
            }
            assertThat(s.voltage()).isBetween(222.0, 240.0);
            assertThat(s.frequencyHz()).isBetween(49.8, 50.2);
        }
        assertThat(evening).isGreaterThan(3 * night);
        assertThat(meter.state().timeOfDay()).isEqualTo(LocalTime.MIDNIGHT);
    }

    @Test
    void same_seed_and_steps_give_the_same_meter() {
        MeterBehaviour a = new MeterBehaviour(device, 5, MeterBehaviour.Settings.defaults().withPvPeakWatts(3000));
        MeterBehaviour b = new MeterBehaviour(new SimulatedDevice(profile), 5,
                MeterBehaviour.Settings.defaults().withPvPeakWatts(3000));
        for (int i = 0; i < 60; i++) {
            a.advance(MINUTE);
            b.advance(MINUTE);
        }
        assertThat(b.state()).isEqualTo(a.state());
    }

    @Test
    void profile_without_active_power_is_no_meter() {
        assertThatThrownBy(() -> new MeterBehaviour(new SimulatedDevice(TestProfiles.station()), 1,
                MeterBehaviour.Settings.defaults()))
                .hasMessageContaining("no point with semantic meter.activePower");
        assertThatThrownBy(() -> MeterBehaviour.Settings.defaults().withPvPeakWatts(-1))
                .hasMessageContaining("0 W or more");
    }

    private Point point(String id) {
        return profile.point(id).orElseThrow();
    }

    private void assertEncoded(String pointId, double expected) {
        Point point = point(pointId);
        ModbusResponse response = device.handle(1, PointReader.requestFor(point));
        assertThat(response.registers()).as(pointId)
                .isEqualTo(RegisterCodec.encode(point, expected, new int[point.addressCount()]));
    }
}
