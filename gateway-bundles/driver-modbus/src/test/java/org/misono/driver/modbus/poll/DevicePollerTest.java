package org.misono.driver.modbus.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.misono.profile.plan.ReadBlock;
import org.misono.profile.plan.ReadPlanner;
import org.misono.gateway.api.DeviceEvent;
import org.misono.gateway.api.Quality;
import org.misono.gateway.api.Reading;
import org.misono.modbus.ExceptionCode;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ReadRequest;
import org.misono.modbus.tcp.ModbusTcpClient;
import org.misono.modbus.tcp.ModbusTcpServer;
import org.misono.profile.DeviceProfile;
import org.misono.profile.catalogue.ProfileCatalogue;
import org.misono.profile.load.ProfileLoader;

class DevicePollerTest {

    private static final DeviceProfile STATION = ProfileCatalogue
            .fromClassPath(DevicePollerTest.class.getClassLoader(), new ProfileLoader())
            .find("misono/mobility-station-12").orElseThrow();

    private final RecordingUplink uplink = new RecordingUplink();
    private ModbusTcpServer server;
    private ModbusLink link;

    @AfterEach
    void stop() {
        if (link != null) {
            link.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void marks_readings_bad_while_the_device_is_down_reports_it_once_and_recovers_by_itself() throws Exception {
        int port = freePort();
        DevicePoller poller = poller(port);

        poller.pollOnce();
        poller.pollOnce();

        assertThat(uplink.polls).hasSize(2).allSatisfy(poll -> assertThat(poll)
                .hasSize(STATION.readablePoints().size())
                .allSatisfy(r -> {
                    assertThat(r.quality()).isEqualTo(Quality.BAD);
                    assertThat(r.reason()).isEqualTo("connection refused by 127.0.0.1:" + port);
                }));
        assertThat(uplink.events).extracting(DeviceEvent::type).containsExactly(DeviceEvent.Type.OFFLINE);

        server = new ModbusTcpServer(port, DevicePollerTest::zeros);
        server.start();

        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            poller.pollOnce();
            assertThat(uplink.lastPoll()).allSatisfy(r -> assertThat(r.quality()).isEqualTo(Quality.GOOD));
        });
        assertThat(uplink.lastPoll()).filteredOn(r -> r.pointId().equals("dock03.lock"))
                .extracting(Reading::value).containsExactly("unlocked");
        assertThat(uplink.events).extracting(DeviceEvent::type)
                .containsExactly(DeviceEvent.Type.OFFLINE, DeviceEvent.Type.ONLINE);
    }

    @Test
    void an_exception_answer_marks_only_that_requests_points_bad_and_the_device_stays_online() throws Exception {
        server = new ModbusTcpServer(0, (unit, request) -> isDockBlock(request)
                ? ModbusResponse.exception(ExceptionCode.SERVER_DEVICE_FAILURE) : zeros(unit, request));
        server.start();
        DevicePoller poller = poller(server.port());

        poller.pollOnce();

        List<Reading> readings = uplink.lastPoll();
        assertThat(readings).filteredOn(r -> r.pointId().startsWith("dock") && !r.pointId().endsWith(".present"))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.reason()).contains("device refused the read of input:100..216")
                        .contains("exception 4"));
        assertThat(readings).filteredOn(r -> r.pointId().startsWith("station"))
                .allSatisfy(r -> assertThat(r.quality()).isEqualTo(Quality.GOOD));
        assertThat(uplink.events).extracting(DeviceEvent::type).containsExactly(DeviceEvent.Type.ONLINE);
    }

    @Test
    void a_device_that_never_answers_times_out_without_stalling_the_poller() throws Exception {
        server = new ModbusTcpServer(0, (unit, request) -> null);
        server.start();
        DevicePoller poller = poller(server.port());

        poller.pollOnce();
        poller.pollOnce();

        assertThat(uplink.polls).hasSize(2);
        assertThat(uplink.lastPoll()).allSatisfy(r -> assertThat(r.reason()).startsWith("timeout"));
        assertThat(uplink.events).extracting(DeviceEvent::type).containsExactly(DeviceEvent.Type.OFFLINE);
    }

    private DevicePoller poller(int port) {
        ModbusTcpClient.Options options = ModbusTcpClient.Options.defaults()
                .withConnectTimeout(Duration.ofMillis(300)).withResponseTimeout(Duration.ofMillis(300));
        link = new ModbusLink("127.0.0.1", port, options, 50, 200, System::currentTimeMillis);
        List<ReadBlock> plan = ReadPlanner.plan(STATION.points(), STATION.modbus());
        return new DevicePoller("station-1", 1, plan, link, uplink, 300, System::currentTimeMillis);
    }

    private static boolean isDockBlock(ModbusRequest request) {
        return request instanceof ReadRequest r && r.address() == 100;
    }

    private static ModbusResponse zeros(int unit, ModbusRequest request) {
        ReadRequest read = (ReadRequest) request;
        return read.functionCode().addressesBits()
                ? ModbusResponse.ofBits(new boolean[read.count()])
                : ModbusResponse.ofRegisters(new int[read.count()]);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
