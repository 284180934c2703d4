package org.misono.fleet.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class FleetServerCommandTest {

    @Test
    void defaults_run_everything_embedded_with_data_under_var_fleet() {
        FleetServerCommand command = new FleetServerCommand();
        new CommandLine(command).parseArgs();

        FleetManagerConfig config = command.config();
        assertThat(config.httpPort()).isEqualTo(8080);
        assertThat(config.mqttPort()).isEqualTo(1883);
        assertThat(config.mqttUrl()).isNull();
        assertThat(config.jdbcUrl()).isNull();
        assertThat(config.dataDir()).isEqualTo(Path.of("var/fleet").toAbsolutePath());
        assertThat(config.heartbeatMisses()).isEqualTo(3);
    }

    @Test
    void options_choose_external_broker_and_database() {
        FleetServerCommand command = new FleetServerCommand();
        new CommandLine(command).parseArgs("--http-port", "0", "--mqtt-url", "tcp://broker:1883", "--jdbc-url",
                "jdbc:postgresql://db/fleet", "--jdbc-user", "fleet", "--jdbc-password", "secret", "--data-dir",
                "/srv/fleet", "--heartbeat-misses", "5");

        FleetManagerConfig config = command.config();
        assertThat(config.httpPort()).isZero();
        assertThat(config.mqttUrl()).isEqualTo("tcp://broker:1883");
        assertThat(config.jdbcUrl()).isEqualTo("jdbc:postgresql://db/fleet");
        assertThat(config.jdbcUser()).isEqualTo("fleet");
        assertThat(config.jdbcPassword()).isEqualTo("secret");
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/fleet"));
        assertThat(config.heartbeatMisses()).isEqualTo(5);
    }

    @Test
    void a_bad_value_is_refused_with_what_was_wrong_before_anything_starts() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new FleetServerCommand()).setErr(new PrintWriter(err));

        int exit = cli.execute("--heartbeat-misses", "0");

        assertThat(exit).as(err.toString()).isEqualTo(2);
        assertThat(err.toString()).contains("heartbeat misses must be at least 1, was 0");
    }
}
