package org.misono.sim.device;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.misono.modbus.ExceptionCode;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ReadRequest;
import org.misono.modbus.WriteMultipleCoils;
import org.misono.modbus.WriteMultipleRegisters;
import org.misono.modbus.WriteSingleCoil;
import org.misono.modbus.WriteSingleRegister;
import org.misono.profile.RegisterTable;
import org.misono.sim.PointReader;
import org.misono.sim.TestProfiles;

class SimulatedDeviceTest {

    private final SimulatedDevice station = new SimulatedDevice(TestProfiles.station());
    private final SimulatedDevice thermostat = new SimulatedDevice(TestProfiles.thermostat());

    @Test
    void tables_are_as_large_as_the_profile_points_reach() {
        assertThat(station.tableSize(RegisterTable.COIL)).isEqualTo(12);
        assertThat(station.tableSize(RegisterTable.DISCRETE)).isEqualTo(12);
        // dock 12 starts at 210; its charging power is a float32 at +5
        assertThat(station.tableSize(RegisterTable.INPUT)).isEqualTo(217);
        assertThat(station.tableSize(RegisterTable.HOLDING)).isZero();
    }

    @Test
    void point_written_through_the_codec_reads_back_over_modbus() {
        station.write("dock03.battery", 55.5);
        station.write("dock03.lock", "locked");
        station.write("dock03.chargingPower", 231.25);
        station.write("dock03.present", true);

        assertThat(station.handle(1, ReadRequest.readInputRegisters(120, 3)).registers()).containsExactly(555, 0, 1);
        assertThat(PointReader.read(station, 1, TestProfiles.station().point("dock03.chargingPower").orElseThrow()))
                .isEqualTo(231.25);
        assertThat(station.handle(1, ReadRequest.readDiscreteInputs(0, 4)).bits())
                .containsExactly(false, false, true, false);
        assertThat(station.read("dock03.lock")).isEqualTo("locked");
        assertThat(station.read("dock03.battery")).isEqualTo(55.5);
    }

    @Test
    void unmapped_addresses_inside_the_map_read_as_zero() {
        ModbusResponse gap = station.handle(1, ReadRequest.readInputRegisters(13, 87));

        assertThat(gap.registers()).hasSize(87).containsOnly(0);
    }

    @Test
    void reads_past_the_map_get_exception_2() {
        assertThat(station.handle(1, ReadRequest.readInputRegisters(200, 20)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        assertThat(station.handle(1, ReadRequest.readCoils(12, 1)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        assertThat(station.handle(1, ReadRequest.readHoldingRegisters(0, 1)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
    }

    @Test
    void reads_touching_a_no_read_range_get_exception_2() {
        assertThat(thermostat.handle(5, ReadRequest.readHoldingRegisters(0, 4)).isException()).isFalse();
        assertThat(thermostat.handle(5, ReadRequest.readHoldingRegisters(0, 11)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        assertThat(thermostat.handle(5, ReadRequest.readHoldingRegisters(14, 1)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        assertThat(thermostat.handle(5, ReadRequest.readHoldingRegisters(15, 17)).registers()).hasSize(17);
    }

    @Test
    void reads_larger_than_the_device_allows_get_exception_3() {
        assertThat(thermostat.handle(5, ReadRequest.readHoldingRegisters(15, 21)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_VALUE);
    }

    @Test
    void other_unit_ids_get_gateway_target_failed() {
        assertThat(thermostat.handle(1, ReadRequest.readHoldingRegisters(0, 1)).exceptionCode())
                .isEqualTo(ExceptionCode.GATEWAY_TARGET_FAILED);
    }

    @Test
    void client_writes_reach_the_registers_and_the_listeners_decoded() {
        List<String> heard = new ArrayList<>();
        thermostat.addWriteListener((point, value) -> heard.add(point.id() + "=" + value));

        assertThat(thermostat.handle(5, new WriteMultipleRegisters(0, new int[] {215, 2})).isWriteConfirmation())
                .isTrue();
        assertThat(thermostat.handle(5, new WriteSingleCoil(3, true)).isWriteConfirmation()).isTrue();

        assertThat(heard).containsExactly("setpoint=21.5", "mode=cool", "relay=true");
        assertThat(thermostat.read("setpoint")).isEqualTo(21.5);
        assertThat(thermostat.handle(5, ReadRequest.readCoils(3, 1)).bits()).containsExactly(true);
    }

    @Test
    void writes_outside_writable_points_get_exception_2_and_change_nothing() {
        thermostat.write("serial", 123456L);

        assertThat(thermostat.handle(5, new WriteSingleRegister(2, 7)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS); // read-only point
        assertThat(thermostat.handle(5, new WriteMultipleRegisters(1, new int[] {1, 1})).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS); // runs into it
        assertThat(thermostat.handle(5, new WriteMultipleCoils(0, new boolean[] {true, true})).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS); // no point there
        assertThat(station.handle(1, new WriteSingleRegister(0, 1)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS); // the station has no holding registers
        assertThat(thermostat.read("serial")).isEqualTo(123456L);
    }

    @Test
    void write_of_a_value_the_profile_does_not_know_gets_exception_3_and_changes_nothing() {
        thermostat.write("mode", "heat");
        List<Object> heard = new ArrayList<>();
        thermostat.addWriteListener((point, value) -> heard.add(value));

        assertThat(thermostat.handle(5, new WriteSingleRegister(1, 9)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_VALUE);

        assertThat(thermostat.read("mode")).isEqualTo("heat");
        assertThat(heard).isEmpty();
    }

    @Test
    void unknown_point_names_the_known_ones() {
        assertThatThrownBy(() -> thermostat.read("setpiont"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme/thermostat has no point 'setpiont'")
                .hasMessageContaining("setpoint, mode, serial");
    }

    @Test
    void value_that_does_not_fit_the_point_is_refused() {
        assertThatThrownBy(() -> thermostat.write("mode", "turbo")).hasMessageContaining("[standby, heat, cool]");
        assertThatThrownBy(() -> station.write("dock01.battery", "full")).hasMessageContaining("takes a number");
    }
}
