package org.misono.fleet.mqtt.broker;

import com.hivemq.embedded.EmbeddedHiveMQ;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An MQTT broker inside the fleet manager (HiveMQ Community Edition), so gateways have somewhere to connect
 * without a broker installed. Configuration, persistence and extensions live under one directory, never in
 * the working directory; retained messages and persistent sessions survive a restart with the same directory.
 */
public final class EmbeddedBroker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBroker.class);
    private static final long START_TIMEOUT_SECONDS = 60;

    private final EmbeddedHiveMQ hivemq;
    private final int port;

    private EmbeddedBroker(EmbeddedHiveMQ hivemq, int port) {
        this.hivemq = hivemq;
        this.port = port;
    }

    /**
     * @param directory holds the broker's conf, data and extensions folders
     * @param bindAddress where gateways connect, e.g. 0.0.0.0 for every interface
     * @param port 0 to pick a free one
     */
    public static EmbeddedBroker start(Path directory, String bindAddress, int port) {
        int chosen = port == 0 ? freePort(bindAddress) : port;
        Path conf = directory.resolve("conf");
        try {
            Files.createDirectories(conf);
            Files.createDirectories(directory.resolve("data"));
            Files.createDirectories(directory.resolve("extensions"));
            Files.writeString(conf.resolve("config.xml"), config(bindAddress, chosen), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prepare the MQTT broker's folders in " + directory, e);
        }
        EmbeddedHiveMQ hivemq = EmbeddedHiveMQ.builder()
                .withConfigurationFolder(conf)
                .withDataFolder(directory.resolve("data"))
                .withExtensionsFolder(directory.resolve("extensions"))
                .withEmbeddedExtension(AllowAllClients.extension())
                // keep our own logging configuration; HiveMQ would otherwise install its own
                .withoutLoggingBootstrap()
                .build();
        try {
            hivemq.start().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            closeQuietly(hivemq);
            throw new IllegalStateException("could not start the MQTT broker on " + bindAddress + ":" + chosen
                    + " (is the port taken? choose another with --mqtt-port): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closeQuietly(hivemq);
            throw new IllegalStateException("interrupted while starting the MQTT broker", e);
        }
        LOG.debug("Embedded MQTT broker listening on {}:{}, files in {}", bindAddress, chosen, directory);
        return new EmbeddedBroker(hivemq, chosen);
    }

    public int port() {
        return port;
    }

    /** Where a client on this machine reaches the broker. */
    public String localUrl() {
        return "tcp://127.0.0.1:" + port;
    }

    @Override
    public void close() {
        closeQuietly(hivemq);
    }

    private static void closeQuietly(EmbeddedHiveMQ hivemq) {
        try {
            hivemq.close();
        } catch (ExecutionException e) {
            LOG.warn("The MQTT broker did not stop cleanly", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort(String bindAddress) {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(bindAddress))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("could not find a free port on " + bindAddress, e);
        }
    }

    private static String config(String bindAddress, int port) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <hivemq>
                    <listeners>
                        <tcp-listener>
                            <port>%d</port>
                            <bind-address>%s</bind-address>
                        </tcp-listener>
                    </listeners>
                    <anonymous-usage-statistics>
                        <enabled>false</enabled>
                    </anonymous-usage-statistics>
                </hivemq>
                """.formatted(port, bindAddress);
    }
}
