package org.misono.sim.modbus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.misono.modbus.ExceptionCode;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ReadRequest;
import org.misono.modbus.WriteSingleCoil;
import org.misono.modbus.tcp.ModbusTcpClient;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Point;
import org.misono.profile.RegisterTable;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.codec.RegisterCodec;
import org.misono.profile.load.ProfileLoader;
import org.misono.sim.meter.MeterBehaviour;
import org.misono.sim.meter.MeterState;
import org.misono.sim.station.DockState;
import org.misono.sim.station.LockState;

/** The simulator as a gateway meets it: over a real Modbus TCP connection. */
@Timeout(30)
class ModbusSimulatorTest {

    private static final ProfileLoader LOADER = new ProfileLoader();
    private static final ProfileCatalogue CATALOGUE =
            ProfileCatalogue.fromClassPath(ModbusSimulatorTest.class.getClassLoader(), LOADER);
    private static final DeviceProfile STATION = CATALOGUE.find("misono/mobility-station-12").orElseThrow();
    private static final DeviceProfile METER = CATALOGUE.find("misono/home-energy-meter").orElseThrow();

    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    @Test
    void every_dock_reads_over_tcp_exactly_as_the_profile_encodes_the_station_state() throws Exception {
        ModbusSimulator sim = start(ModbusSimulator.builder(STATION).port(0).seed(42).startPaused());
        for (int i = 0; i < 20; i++) {
            sim.step(Duration.ofSeconds(1));
        }
        ModbusTcpClient client = connect(sim);

        // one request per table, as a gateway merging ranges would do
        int[] input = read(client, ReadRequest.readInputRegisters(0, 100)).registers();
        int[] docks = read(client, ReadRequest.readInputRegisters(100, 117)).registers();
        boolean[] present = read(client, ReadRequest.readDiscreteInputs(0, 12)).bits();

        for (DockState dock : sim.station().docks()) {
            String p = String.format("dock%02d.", dock.dock());
            assertThat(present[dock.dock() - 1]).isEqualTo(dock.vehiclePresent());
            assertRegisters(docks, 100, p + "battery", dock.batteryPercent());
            assertRegisters(docks, 100, p + "charging", dock.charging().label());
            assertRegisters(docks, 100, p + "lock", dock.lock().label());
            assertRegisters(docks, 100, p + "vehicleId", dock.vehicleId());
            assertRegisters(docks, 100, p + "chargingPower", dock.chargingPowerWatts());
        }
        assertRegisters(input, 0, "station.serialNumber", sim.station().serialNumber());
        assertRegisters(input, 0, "station.dockCount", 12L);
        assertRegisters(input, 0, "station.status", "working");
    }

    @Test
    void unlock_coil_written_over_tcp_releases_the_vehicle() throws Exception {
        ModbusSimulator sim = start(ModbusSimulator.builder(STATION).port(0).seed(3).startPaused());
        sim.station().setTraffic(false);
        sim.station().releaseVehicle(9);
        sim.station().dockVehicle(9, 80);
        ModbusTcpClient client = connect(sim);
        assertThat(read(client, ReadRequest.readDiscreteInputs(8, 1)).bits()).containsExactly(true);

        assertThat(read(client, new WriteSingleCoil(8, true)).isWriteConfirmation()).isTrue();

        assertThat(read(client, ReadRequest.readDiscreteInputs(8, 1)).bits()).containsExactly(false);
        assertThat(decode("dock09.lock", read(client, ReadRequest.readInputRegisters(182, 1)).registers()))
                .isEqualTo(LockState.UNLOCKED.label());
        assertThat(read(client, ReadRequest.readCoils(8, 1)).bits()).containsExactly(false);
    }

    @Test
    void ticking_simulator_charges_batteries_without_being_driven() throws Exception {
        ModbusSimulator sim = start(ModbusSimulator.builder(STATION).port(0).seed(5)
                .tick(Duration.ofMillis(20)).speed(10).startPaused());
        sim.station().setTraffic(false);
        sim.station().releaseVehicle(1);
        sim.station().dockVehicle(1, 10);
        ModbusTcpClient client = connect(sim);
        sim.resume();

        await().atMost(Duration.ofSeconds(10)).until(() ->
                (Double) decode("dock01.battery", read(client, ReadRequest.readInputRegisters(100, 1)).registers())
                        >= 11.0);
        assertThat(sim.simulation().steps()).isPositive();
    }

    @Test
    void meter_power_reads_over_tcp_as_the_state_says() throws Exception {
        ModbusSimulator sim = start(ModbusSimulator.builder(METER).port(0).seed(9).startPaused()
                .meter(new MeterBehaviour.Settings(LocalTime.NOON, 8000)));
        sim.step(Duration.ofMinutes(1));
        ModbusTcpClient client = connect(sim);
        MeterState state = sim.meter().state();

        int[] registers = read(client, ReadRequest.readInputRegisters(0, 76)).registers();

        assertRegisters(registers, 0, "activePower", state.activePowerWatts());
        assertRegisters(registers, 0, "energyExport", state.energyExportKWh());
        assertThat((Double) decode("activePower", slice(registers, 12, 2), METER)).isNegative();
        assertThatThrownBy(sim::station).hasMessageContaining("energy-meter, not a mobility station");
    }

    @Test
    void no_read_ranges_and_reads_past_the_map_answer_exception_2() throws Exception {
        DeviceProfile meter = LOADER.parse("acme-meter.yaml", String.join("\n",
                "formatVersion: 1",
                "id: acme/meter",
                "vendor: Acme",
                "model: M-1",
                "version: 1.0.0",
                "deviceClass: generic",
                "protocol: modbus-tcp",
                "modbus: { unitId: 5, noRead: [ { table: holding, start: 10, count: 5 } ] }",
                "points:",
                "  - { id: power, register: { table: holding, address: 0 }, type: float32 }",
                "  - { id: energy, register: { table: holding, address: 30 }, type: float32 }"));
        ModbusSimulator sim = start(ModbusSimulator.builder(meter).port(0));
        ModbusTcpClient client = connect(sim);

        assertThat(send(client, 5, ReadRequest.readHoldingRegisters(8, 4)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        assertThat(send(client, 5, ReadRequest.readHoldingRegisters(30, 3)).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        assertThat(send(client, 5, ReadRequest.readHoldingRegisters(0, 4)).isException()).isFalse();
        assertThat(send(client, 1, ReadRequest.readHoldingRegisters(0, 4)).exceptionCode())
                .isEqualTo(ExceptionCode.GATEWAY_TARGET_FAILED);
    }

    @Test
    void taken_port_is_reported() throws Exception {
        ModbusSimulator first = start(ModbusSimulator.builder(STATION).port(0));

        assertThatThrownBy(() -> ModbusSimulator.start(STATION, first.port(), 1))
                .isInstanceOf(BindException.class)
                .hasMessageContaining(String.valueOf(first.port()));
    }

    private ModbusSimulator start(ModbusSimulator.Builder builder) throws IOException {
        ModbusSimulator sim = builder.bindAddress(InetAddress.getLoopbackAddress()).start();
        open.add(sim);
        return sim;
    }

    private ModbusTcpClient connect(ModbusSimulator sim) throws IOException {
        ModbusTcpClient client = new ModbusTcpClient("127.0.0.1", sim.port(),
                ModbusTcpClient.Options.defaults().withResponseTimeout(Duration.ofSeconds(5)));
        client.connect();
        open.add(0, client);
        return client;
    }

    private static ModbusResponse read(ModbusTcpClient client, ModbusRequest request)
            throws Exception {
        return send(client, 1, request);
    }

    private static ModbusResponse send(ModbusTcpClient client, int unit, ModbusRequest request)
            throws Exception {
        return client.send(unit, request).get(10, TimeUnit.SECONDS);
    }

    /** The point's registers, cut out of a larger read, equal the profile's encoding of the expected value. */
    private static void assertRegisters(int[] block, int blockStart, String pointId, Object expected) {
        DeviceProfile profile = pointId.startsWith("dock") || pointId.startsWith("station") ? STATION : METER;
        Point point = profile.point(pointId).orElseThrow();
        assertThat(point.register().table()).isEqualTo(RegisterTable.INPUT);
        int[] actual = slice(block, point.register().address() - blockStart, point.addressCount());
        assertThat(actual).as(pointId)
                .isEqualTo(RegisterCodec.encode(point, expected, new int[point.addressCount()]));
    }

    private static Object decode(String pointId, int[] registers) throws Exception {
        return decode(pointId, registers, STATION);
    }

    private static Object decode(String pointId, int[] registers, DeviceProfile profile) throws Exception {
        return RegisterCodec.decode(profile.point(pointId).orElseThrow(), registers);
    }

    private static int[] slice(int[] block, int from, int count) {
        int[] out = new int[count];
        System.arraycopy(block, from, out, 0, count);
        return out;
    }
}
