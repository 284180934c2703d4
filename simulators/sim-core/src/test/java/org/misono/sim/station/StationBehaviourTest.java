package org.misono.sim.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.WriteMultipleCoils;
import org.misono.modbus.WriteSingleCoil;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;
import org.misono.profile.codec.RegisterCodec;
import org.misono.sim.PointReader;
import org.misono.sim.TestProfiles;
import org.misono.sim.device.SimulatedDevice;

class StationBehaviourTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    private final DeviceProfile profile = TestProfiles.station();
    private final SimulatedDevice device = new SimulatedDevice(profile);
    private final StationBehaviour station = new StationBehaviour(device, 42);

    @Test
    void registers_hold_exactly_what_the_profile_encodes_for_every_dock() {
        for (int i = 0; i < 30; i++) {
            station.advance(SECOND);
        }

        for (DockState dock : station.docks()) {
            String p = String.format("dock%02d.", dock.dock());
            assertEncoded(p + "present", dock.vehiclePresent());
            assertEncoded(p + "battery", dock.batteryPercent());
            assertEncoded(p + "charging", dock.charging().label());
            assertEncoded(p + "lock", dock.lock().label());
            assertEncoded(p + "vehicleId", dock.vehicleId());
            assertEncoded(p + "chargingPower", dock.chargingPowerWatts());
        }
        assertEncoded("station.status", station.status().label());
        assertEncoded("station.temperature", station.temperature());
        assertEncoded("station.serialNumber", station.serialNumber());
        assertEncoded("station.dockCount", 12L);
    }

    @Test
    void station_identity_is_plausible() {
        assertThat(read("station.serialNumber")).asString().matches("MMS-12-\\d{6}");
        assertThat(read("station.dockCount")).isEqualTo(12L);
        assertThat((Double) read("station.temperature")).isBetween(15.0, 35.0);
        assertThat(read("station.status")).isEqualTo("working");
        assertThat(station.dockNumbers()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
    }

    @Test
    void same_seed_and_steps_give_the_same_station() {
        StationBehaviour twin = new StationBehaviour(new SimulatedDevice(profile), 42);
        StationBehaviour other = new StationBehaviour(new SimulatedDevice(profile), 43);
        for (int i = 0; i < 120; i++) {
            station.advance(SECOND);
            twin.advance(SECOND);
            other.advance(SECOND);
        }

        assertThat(twin.docks()).isEqualTo(station.docks());
        assertThat(twin.serialNumber()).isEqualTo(station.serialNumber());
        assertThat(other.docks()).isNotEqualTo(station.docks());
    }

    @Test
    void vehicles_arrive_and_leave_every_few_seconds_at_speed_1() {
        List<Integer> eventSeconds = new ArrayList<>();
        List<DockState> before = station.docks();
        int arrivals = 0;
        int departures = 0;
        for (int second = 1; second <= 600; second++) {
            station.advance(SECOND);
            List<DockState> after = station.docks();
            for (int i = 0; i < after.size(); i++) {
                if (after.get(i).vehiclePresent() != before.get(i).vehiclePresent()) {
                    eventSeconds.add(second);
                    if (after.get(i).vehiclePresent()) {
                        arrivals++;
                        assertThat(after.get(i).lock()).isEqualTo(LockState.LOCKED);
                        assertThat(after.get(i).vehicleId()).isBetween(100_000L, 999_999L);
                    } else {
                        departures++;
                        assertThat(after.get(i).lock()).isEqualTo(LockState.UNLOCKED);
                        assertThat(after.get(i).vehicleId()).isZero();
                        assertThat(after.get(i).chargingPowerWatts()).isZero();
                    }
                }
            }
            before = after;
        }

        assertThat(arrivals).isGreaterThan(30);
        assertThat(departures).isGreaterThan(30);
        int longestQuiet = 0;
        for (int i = 1; i < eventSeconds.size(); i++) {
            longestQuiet = Math.max(longestQuiet, eventSeconds.get(i) - eventSeconds.get(i - 1));
        }
        assertThat(longestQuiet).as("longest stretch without any dock changing").isLessThanOrEqualTo(30);
    }

    @Test
    void docked_vehicle_charges_at_its_charger_power_then_tapers_to_full() {
        station.setTraffic(false);
        station.releaseVehicle(3);
        station.dockVehicle(3, 50);
        assertThat(station.dock(3).charging()).isEqualTo(ChargingState.CHARGING);
        assertThat(station.dock(3).lock()).isEqualTo(LockState.LOCKED);

        for (int i = 0; i < 10; i++) {
            station.advance(SECOND);
        }
        DockState charging = station.dock(3);
        assertThat(charging.batteryPercent()).isCloseTo(52.0, within(1e-9));
        assertThat(charging.chargingPowerWatts()).isBetween(160.0, 380.0);

        while (station.dock(3).batteryPercent() < 90) {
            station.advance(SECOND);
        }
        assertThat(station.dock(3).chargingPowerWatts()).isLessThan(charging.chargingPowerWatts() * 0.7);

        for (int i = 0; i < 600; i++) {
            station.advance(SECOND);
        }
        DockState full = station.dock(3);
        assertThat(full.batteryPercent()).isEqualTo(100.0);
        assertThat(full.charging()).isEqualTo(ChargingState.FULL);
        assertThat(full.chargingPowerWatts()).isZero();
        assertThat(read("dock03.charging")).isEqualTo("full");
        assertThat(read("dock03.battery")).isEqualTo(100.0);
        assertThat(read("dock03.present")).isEqualTo(true);
    }

    @Test
    void unlock_coil_releases_the_vehicle_and_reads_as_off_again() {
        station.setTraffic(false);
        station.releaseVehicle(5);
        station.dockVehicle(5, 70, 424242);
        assertThat(read("dock05.vehicleId")).isEqualTo(424242L);

        // dock 5's unlock coil is coil 4
        ModbusResponse answer = device.handle(1, new WriteSingleCoil(4, true));

        assertThat(answer.isWriteConfirmation()).isTrue();
        DockState released = station.dock(5);
        assertThat(released.vehiclePresent()).isFalse();
        assertThat(released.lock()).isEqualTo(LockState.UNLOCKED);
        assertThat(read("dock05.present")).isEqualTo(false);
        assertThat(read("dock05.lock")).isEqualTo("unlocked");
        assertThat(read("dock05.vehicleId")).isEqualTo(0L);
        assertThat(device.read("dock05.unlock")).isEqualTo(false);
    }

    @Test
    void unlock_of_several_docks_at_once_releases_each() {
        station.setTraffic(false);
        for (int dock = 1; dock <= 3; dock++) {
            station.releaseVehicle(dock);
            station.dockVehicle(dock, 40);
        }

        device.handle(1, new WriteMultipleCoils(0, new boolean[] {true, false, true}));

        assertThat(station.dock(1).vehiclePresent()).isFalse();
        assertThat(station.dock(2).vehiclePresent()).isTrue();
        assertThat(station.dock(3).vehiclePresent()).isFalse();
    }

    @Test
    void unlock_of_an_empty_dock_changes_nothing() {
        station.setTraffic(false);
        station.releaseVehicle(7);
        DockState empty = station.dock(7);

        device.handle(1, new WriteSingleCoil(6, true));

        assertThat(station.dock(7)).isEqualTo(empty);
        assertThat(device.read("dock07.unlock")).isEqualTo(false);
    }

    @Test
    void lock_fault_keeps_the_vehicle_and_marks_the_station_with_incidence() {
        station.setTraffic(false);
        station.releaseVehicle(2);
        station.dockVehicle(2, 30);

        station.setLock(2, "fault");

        assertThat(station.releaseVehicle(2)).isFalse();
        device.handle(1, new WriteSingleCoil(1, true));
        assertThat(station.dock(2).vehiclePresent()).isTrue();
        assertThat(read("dock02.lock")).isEqualTo("fault");
        assertThat(read("station.status")).isEqualTo("withIncidence");

        for (int dock : station.dockNumbers()) {
            station.setLock(dock, "fault");
        }
        assertThat(read("station.status")).isEqualTo("outOfService");
        for (int dock : station.dockNumbers()) {
            station.setLock(dock, "unlocked");
        }
        assertThat(read("station.status")).isEqualTo("working");
    }

    @Test
    void charger_fault_stops_charging() {
        station.setTraffic(false);
        station.releaseVehicle(4);
        station.dockVehicle(4, 20);

        station.setCharging(4, "fault");
        station.advance(Duration.ofMinutes(5));

        assertThat(station.dock(4).batteryPercent()).isEqualTo(20.0);
        assertThat(station.dock(4).chargingPowerWatts()).isZero();
        assertThat(read("dock04.charging")).isEqualTo("fault");
        assertThat(station.status()).isEqualTo(StationStatus.WITH_INCIDENCE);
    }

    @Test
    void control_methods_refuse_what_cannot_be() {
        station.setTraffic(false);
        station.releaseVehicle(1);
        station.dockVehicle(1, 10);

        assertThatThrownBy(() -> station.dockVehicle(1, 10)).hasMessageContaining("already holds vehicle");
        assertThatThrownBy(() -> station.dockVehicle(13, 10)).hasMessageContaining("docks [1, 2, 3");
        assertThatThrownBy(() -> station.dockVehicle(2, 101)).hasMessageContaining("0..100");
        assertThatThrownBy(() -> station.setLock(1, "open"))
                .hasMessageContaining("'open' is not one of unlocked, locked, fault");
    }

    @Test
    void profile_without_docks_is_no_station() {
        assertThatThrownBy(() -> new StationBehaviour(new SimulatedDevice(TestProfiles.meter()), 1))
                .hasMessageContaining("misono/home-energy-meter declares no dock points");
    }

    private Object read(String pointId) {
        return PointReader.read(device, 1, profile.point(pointId).orElseThrow());
    }

    /** The registers a gateway reads are the profile's encoding of the behaviour's state, bit for bit. */
    private void assertEncoded(String pointId, Object expected) {
        Point point = profile.point(pointId).orElseThrow();
        ModbusResponse response = device.handle(1, PointReader.requestFor(point));
        if (point.register().table().isBits()) {
            assertThat(response.bit(0)).as(pointId).isEqualTo(RegisterCodec.encodeBit(point, expected));
        } else {
            assertThat(response.registers()).as(pointId)
                    .isEqualTo(RegisterCodec.encode(point, expected, new int[point.addressCount()]));
        }
    }
}
