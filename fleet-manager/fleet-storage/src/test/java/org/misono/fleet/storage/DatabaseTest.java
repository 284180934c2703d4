package org.misono.fleet.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.contract.GatewayStatus;
import org.misono.fleet.core.change.Change;
import org.misono.fleet.core.model.GatewayKey;
import org.misono.fleet.storage.db.Database;
import org.misono.fleet.storage.db.EmbeddedDatabase;
import org.misono.fleet.storage.jdbi.JdbiFleetStore;

class DatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void migrates_an_empty_database_and_keeps_its_data_across_restarts() {
        GatewayKey gw = new GatewayKey("city-a", "gw-1");
        try (Database db = Database.embedded(dataDir.resolve("pg"))) {
            Jdbi jdbi = Jdbi.create(db.dataSource());
            List<String> versions = jdbi.withHandle(h -> h.createQuery("select version from flyway_schema_history"
                    + " where success order by installed_rank").mapTo(String.class).list());
            List<String> tables = jdbi.withHandle(h -> h.createQuery("select table_name from information_schema.tables"
                    + " where table_schema = 'public' and table_name <> 'flyway_schema_history' order by 1")
                    .mapTo(String.class).list());
            assertThat(versions).containsExactly("1");
            assertThat(tables).containsExactly("device", "device_event", "gateway", "point_description", "point_value", "tenant");

            new JdbiFleetStore(db.dataSource()).write(List.of(new Change.StatusReported(gw,
                    GatewayStatus.online(1_000, "0.1.0", 500), Instant.now(), true)));
        }

        try (Database db = Database.embedded(dataDir.resolve("pg"))) {
            assertThat(new JdbiFleetStore(db.dataSource()).gateway(gw)).hasValueSatisfying(g -> {
                assertThat(g.online()).isTrue();
                assertThat(g.firmware()).isEqualTo("0.1.0");
            });
        }
    }

    @Test
    void an_external_database_is_migrated_and_used_like_the_embedded_one() {
        try (EmbeddedDatabase server = EmbeddedDatabase.start(dataDir.resolve("external"));
                Database db = Database.external(server.jdbcUrl(), server.user(), null)) {
            JdbiFleetStore store = new JdbiFleetStore(db.dataSource());
            store.write(List.of(new Change.StatusReported(new GatewayKey("city-x", "gw-1"),
                    GatewayStatus.online(1, "2.0", 1), Instant.now(), true)));

            assertThat(db.description()).isEqualTo(server.jdbcUrl());
            assertThat(store.tenants()).extracting(t -> t.tenant()).containsExactly("city-x");
        }
    }

    @Test
    void an_unreachable_external_database_fails_with_its_url() {
        assertThatThrownBy(() -> Database.external("jdbc:postgresql://127.0.0.1:1/fleet", "fleet", "x"))
                .hasMessageContaining("jdbc:postgresql://127.0.0.1:1/fleet");
    }
}
