package org.misono.profile.tool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProfileToolTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new ProfileTool());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void validate_accepts_a_good_profile_and_names_line_and_field_of_a_bad_one() throws Exception {
        Path good = Files.writeString(dir.resolve("good.yaml"), """
                formatVersion: 1
                id: acme/probe
                vendor: Acme
                model: P-1
                version: 1.0.0
                deviceClass: generic
                protocol: modbus-tcp
                points:
                  - { id: temperature, register: { table: input, address: 0 }, type: int16, scale: 0.1, unit: Cel }
                """);
        Path bad = Files.writeString(dir.resolve("bad.yaml"), Files.readString(good).replace("int16", "int17"));

        assertThat(run("validate", good.toString())).isZero();
        assertThat(out.toString()).contains("good.yaml: OK  acme/probe@1.0.0, 1 points");

        assertThat(run("validate", good.toString(), bad.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("bad.yaml:9:70: points[0].type: is \"int17\"; expected one of");
        assertThat(out.toString()).contains("1 of 2 profiles valid");
    }

    @Test
    void show_prints_every_point_and_the_requests_of_one_poll() {
        assertThat(run("show", "misono/mobility-station-12")).isZero();

        assertThat(out.toString())
                .contains("dock03.battery", "input:120", "dock.batteryLevel", "0=unlocked 1=locked 2=fault")
                .contains("One poll reads 76 points in 3 request(s):")
                .contains("input:100..216");
    }

    @Test
    void show_of_an_unknown_profile_lists_what_the_catalogue_has() {
        assertThat(run("show", "acme/nothing")).isEqualTo(1);

        assertThat(err.toString()).contains("'acme/nothing' is neither a file nor a catalogue profile")
                .contains("misono/home-energy-meter@1.0.0");
    }
}
