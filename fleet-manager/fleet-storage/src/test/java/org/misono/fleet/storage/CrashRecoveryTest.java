package org.misono.fleet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.contract.GatewayStatus;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.storage.db.Database;
import org.misono.fleet.storage.jdbi.JdbiFleetStore;

class CrashRecoveryTest {

    @TempDir
    Path dataDir;

    @Test
    void a_database_left_running_by_a_killed_fleet_manager_is_taken_over_with_its_data() throws Exception {
        Path pg = dataDir.resolve("pg");
        Process owner = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), StartAndGetKilled.class.getName(), pg.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(owner.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(StartAndGetKilled.READY)) {
                // skip the child's log
            }
            assertThat(line).as("the child process started its database").isEqualTo(StartAndGetKilled.READY);

            // while its owner lives, nobody else may take the directory
            assertThatThrownBy(() -> Database.embedded(pg)).hasMessageContaining("in use by another running");

            owner.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        try (Database db = Database.embedded(pg)) {
            assertThat(new JdbiFleetStore(db.dataSource()).gateway(StartAndGetKilled.GATEWAY)).isPresent();
        }
    }

    /** Stands for a fleet manager that stores something and is then killed with SIGKILL. */
    public static final class StartAndGetKilled {
        static final String READY = "database ready";
        static final GatewayKey GATEWAY = new GatewayKey("city-crash", "gw-1");

        public static void main(String[] args) throws Exception {
            Database db = Database.embedded(Path.of(args[0]));
            new JdbiFleetStore(db.dataSource()).write(List.of(new Change.StatusReported(GATEWAY,
                    GatewayStatus.online(1, "1", 1), Instant.now(), true)));
            System.out.println(READY);
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
