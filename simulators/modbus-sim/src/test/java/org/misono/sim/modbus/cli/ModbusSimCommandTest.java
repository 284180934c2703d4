package org.misono.sim.modbus.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.misono.modbus.ReadRequest;
import org.misono.modbus.tcp.ModbusTcpClient;

@Timeout(60)
class ModbusSimCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void help_lists_the_subcommands_and_examples() {
        assertThat(run("--help")).isZero();

        assertThat(out.toString()).contains("station", "meter", "serve", "list", "Examples:",
                "modbus-sim station --port 1503 --seed 7");
    }

    @Test
    void station_help_explains_every_option_with_its_default() {
        assertThat(run("station", "--help")).isZero();

        assertThat(out.toString()).contains("--port=PORT", "default: 1502", "--seed=N", "--unit-id=ID",
                "--tick=DURATION", "default: 1s", "--speed=FACTOR", "--profile=ID|FILE",
                "misono/mobility-station-12", "unlock");
    }

    @Test
    void unknown_profile_id_lists_the_known_ones() {
        assertThat(run("station", "--profile", "misono/mobility-station-24")).isEqualTo(1);

        assertThat(err.toString())
                .contains("There is no profile 'misono/mobility-station-24' in the catalogue")
                .contains("Known profiles: misono/home-energy-meter, misono/mobility-station-12")
                .doesNotContain("Exception");
    }

    @Test
    void missing_profile_file_is_named() {
        assertThat(run("serve", "--profile", "./no-such-device.yaml")).isEqualTo(1);

        assertThat(err.toString()).contains("There is no profile file").contains("no-such-device.yaml");
    }

    @Test
    void broken_profile_file_shows_its_problems_with_line_numbers() throws Exception {
        String file = resource("broken-profile.yaml");

        assertThat(run("serve", "--profile", file)).isEqualTo(1);

        assertThat(err.toString()).contains("cannot be used").contains("broken-profile.yaml:9:");
    }

    @Test
    void meter_command_refuses_a_station_profile_and_names_the_right_command() {
        assertThat(run("meter", "--profile", "misono/mobility-station-12")).isEqualTo(1);

        assertThat(err.toString()).contains("device class mobility-station")
                .contains("modbus-sim station --profile misono/mobility-station-12");
    }

    @Test
    void taken_port_says_so_and_suggests_another() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            assertThat(run("station", "--port", String.valueOf(port))).isEqualTo(1);

            assertThat(err.toString()).contains("Port " + port + " is already in use")
                    .contains("--port " + (port + 1));
        }
    }

    @Test
    void unreadable_duration_is_explained() {
        assertThat(run("station", "--tick", "soon")).isEqualTo(2);

        assertThat(err.toString()).contains("'soon' is not a duration");
    }

    @Test
    void list_shows_the_catalogue() {
        assertThat(run("list")).isZero();

        assertThat(out.toString()).contains("misono/mobility-station-12", "mobility-station",
                "misono/home-energy-meter", "energy-meter");
    }

    @Test
    void station_serves_on_the_printed_port_until_interrupted() throws Exception {
        AtomicInteger exitCode = new AtomicInteger(-1);
        Thread cli = new Thread(() -> exitCode.set(
                run("station", "--port", "0", "--bind", "127.0.0.1", "--seed", "7", "--quiet")), "cli-under-test");
        cli.start();

        Pattern portLine = Pattern.compile("Modbus TCP port (\\d+) on 127.0.0.1, unit id 1");
        await().atMost(Duration.ofSeconds(20)).until(() -> portLine.matcher(out.toString()).find());
        Matcher m = portLine.matcher(out.toString());
        assertThat(m.find()).isTrue();
        assertThat(out.toString()).contains("Simulating misono/mobility-station-12 1.0.0", "12 docks",
                "input registers 0..216", "Seed 7 (repeat this run with --seed 7)", "Press Ctrl-C to stop.");
        try (ModbusTcpClient client = new ModbusTcpClient("127.0.0.1", Integer.parseInt(m.group(1)))) {
            client.connect();
            assertThat(client.send(1, ReadRequest.readInputRegisters(12, 1)).get(5, TimeUnit.SECONDS).registers())
                    .containsExactly(12);
        }

        cli.interrupt();
        cli.join(10_000);
        assertThat(exitCode.get()).isZero();
        assertThat(out.toString()).contains("Stopped.");
    }

    @Test
    void duration_stops_the_simulator_by_itself() throws Exception {
        assertThat(run("meter", "--port", "0", "--bind", "127.0.0.1", "--duration", "50ms", "--pv-peak", "3000",
                "--time-of-day", "09:15")).isZero();

        assertThat(out.toString()).contains("rooftop solar 3000 W peak", "simulated day starts at 09:15",
                "Stops after 50ms", "Stopped.");
    }

    @Test
    void unreadable_time_of_day_is_explained() {
        assertThat(run("meter", "--time-of-day", "noon")).isEqualTo(1);

        assertThat(err.toString()).contains("--time-of-day noon is not a time; write it as HH:MM");
    }

    private int run(String... args) {
        return ModbusSimCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private static String resource(String name) throws URISyntaxException {
        return Path.of(ModbusSimCommandTest.class.getResource("/" + name).toURI()).toString();
    }
}
