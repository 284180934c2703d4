package org.misono.fleet.storage.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The fleet's PostgreSQL database, embedded or external, behind a connection pool, migrated on open. */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final EmbeddedDatabase embedded;
    private final String description;

    private Database(HikariDataSource dataSource, EmbeddedDatabase embedded, String description) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.description = description;
    }

    /** Starts an embedded PostgreSQL keeping its data in {@code dataDirectory}, and migrates it. */
    public static Database embedded(Path dataDirectory) {
        EmbeddedDatabase db = EmbeddedDatabase.start(dataDirectory);
        try {
            return open(pool(db.jdbcUrl(), db.user(), null), db,
                    "embedded PostgreSQL (data in " + dataDirectory + ")");
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    /** Connects to an existing PostgreSQL database, and migrates it. */
    public static Database external(String jdbcUrl, String user, String password) {
        HikariDataSource pool;
        try {
            pool = pool(jdbcUrl, user, password);
        } catch (RuntimeException e) {
            throw new IllegalStateException("could not connect to the database " + jdbcUrl + " as user " + user
                    + ": " + e.getMessage(), e);
        }
        return open(pool, null, jdbcUrl);
    }

    private static Database open(HikariDataSource pool, EmbeddedDatabase embedded, String description) {
        try {
            MigrateResult result = Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            LOG.info("Database {} at schema version {} ({} migrations applied now)", description,
                    result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion,
                    result.migrationsExecuted);
            return new Database(pool, embedded, description);
        } catch (RuntimeException e) {
            pool.close();
            throw new IllegalStateException("could not prepare the database " + description + ": " + e.getMessage(),
                    e);
        }
    }

    private static HikariDataSource pool(String jdbcUrl, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("fleet-db");
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        // an unreachable external database must fail the start with its own error, not hang
        config.setInitializationFailTimeout(5_000);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** Where the data lives, for the startup log. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
