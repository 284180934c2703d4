package org.misono.fleet.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link FleetManager} runs. By default everything is embedded (PostgreSQL and the MQTT broker keep
 * their data under {@link #dataDir()}); an external broker or database replaces the embedded one.
 */
public final class FleetManagerConfig {

    private final String httpHost;
    private final int httpPort;
    private final String mqttBindAddress;
    private final int mqttPort;
    private final String mqttUrl;
    private final String mqttClientId;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final Path dataDir;
    private final int heartbeatMisses;
    private final Duration defaultHeartbeatInterval;
    private final Duration livenessCheckPeriod;

    private FleetManagerConfig(Builder b) {
        this.httpHost = b.httpHost;
        this.httpPort = port(b.httpPort, "HTTP port");
        this.mqttBindAddress = b.mqttBindAddress;
        this.mqttPort = port(b.mqttPort, "MQTT port");
        this.mqttUrl = b.mqttUrl;
        this.mqttClientId = b.mqttClientId;
        this.jdbcUrl = b.jdbcUrl;
        this.jdbcUser = b.jdbcUser;
        this.jdbcPassword = b.jdbcPassword;
        this.dataDir = Objects.requireNonNull(b.dataDir, "dataDir").toAbsolutePath().normalize();
        if (b.heartbeatMisses < 1) {
            throw new IllegalArgumentException("heartbeat misses must be at least 1, was " + b.heartbeatMisses);
        }
        this.heartbeatMisses = b.heartbeatMisses;
        this.defaultHeartbeatInterval = positive(b.defaultHeartbeatInterval, "default heartbeat interval");
        this.livenessCheckPeriod = positive(b.livenessCheckPeriod, "liveness check period");
    }

    public static Builder builder() {
        return new Builder();
    }

    private static int port(int port, String what) {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(what + " must be from 0 (any free port) to 65535, was " + port);
        }
        return port;
    }

    private static Duration positive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive, was " + d);
        }
        return d;
    }

    public String httpHost() {
        return httpHost;
    }

    public int httpPort() {
        return httpPort;
    }

    public String mqttBindAddress() {
        return mqttBindAddress;
    }

    public int mqttPort() {
        return mqttPort;
    }

    /** The external broker, or null to run the embedded one. */
    public String mqttUrl() {
        return mqttUrl;
    }

    public String mqttClientId() {
        return mqttClientId;
    }

    /** The external database, or null to run the embedded one. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String jdbcUser() {
        return jdbcUser;
    }

    public String jdbcPassword() {
        return jdbcPassword;
    }

    public Path dataDir() {
        return dataDir;
    }

    public int heartbeatMisses() {
        return heartbeatMisses;
    }

    public Duration defaultHeartbeatInterval() {
        return defaultHeartbeatInterval;
    }

    public Duration livenessCheckPeriod() {
        return livenessCheckPeriod;
    }

    /** Defaults: HTTP 127.0.0.1:8080, embedded MQTT on 0.0.0.0:1883, embedded PostgreSQL, data in ./var/fleet. */
    public static final class Builder {
        private String httpHost = "127.0.0.1";
        private int httpPort = 8080;
        private String mqttBindAddress = "0.0.0.0";
        private int mqttPort = 1883;
        private String mqttUrl;
        private String mqttClientId = "misono-fleet-manager";
        private String jdbcUrl;
        private String jdbcUser;
        private String jdbcPassword;
        private Path dataDir = Path.of("var", "fleet");
        private int heartbeatMisses = 3;
        private Duration defaultHeartbeatInterval = Duration.ofSeconds(30);
        private Duration livenessCheckPeriod = Duration.ofSeconds(1);

        private Builder() {
        }

        /** Address the dashboard and API listen on; 0.0.0.0 serves other machines too. */
        public Builder httpHost(String host) {
            this.httpHost = Objects.requireNonNull(host);
            return this;
        }

        /** 0 picks a free port. */
        public Builder httpPort(int port) {
            this.httpPort = port;
            return this;
        }

        /** Address the embedded broker listens on. */
        public Builder mqttBindAddress(String address) {
            this.mqttBindAddress = Objects.requireNonNull(address);
            return this;
        }

        /** Port of the embedded broker; 0 picks a free port. */
        public Builder mqttPort(int port) {
            this.mqttPort = port;
            return this;
        }

        /** Use this broker (e.g. tcp://broker:1883) instead of the embedded one. */
        public Builder mqttUrl(String url) {
            this.mqttUrl = url;
            return this;
        }

        public Builder mqttClientId(String clientId) {
            this.mqttClientId = Objects.requireNonNull(clientId);
            return this;
        }

        /** Use this PostgreSQL database instead of the embedded one. */
        public Builder jdbcUrl(String url) {
            this.jdbcUrl = url;
            return this;
        }

        public Builder jdbcUser(String user) {
            this.jdbcUser = user;
            return this;
        }

        public Builder jdbcPassword(String password) {
            this.jdbcPassword = password;
            return this;
        }

        /** Where the embedded database and broker keep their data. */
        public Builder dataDir(Path dir) {
            this.dataDir = dir;
            return this;
        }

        /** Heartbeats a gateway may miss before it counts as offline. */
        public Builder heartbeatMisses(int misses) {
            this.heartbeatMisses = misses;
            return this;
        }

        /** Assumed for a gateway until its first heartbeat says its own interval. */
        public Builder defaultHeartbeatInterval(Duration interval) {
            this.defaultHeartbeatInterval = interval;
            return this;
        }

        /** How often silent gateways are looked for. */
        public Builder livenessCheckPeriod(Duration period) {
            this.livenessCheckPeriod = period;
            return this;
        }

        public FleetManagerConfig build() {
            return new FleetManagerConfig(this);
        }
    }
}
