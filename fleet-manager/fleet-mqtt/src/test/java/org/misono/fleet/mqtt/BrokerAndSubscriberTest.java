package org.misono.fleet.mqtt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.fleet.mqtt.broker.EmbeddedBroker;
import org.misono.fleet.mqtt.subscriber.FleetSubscriber;

class BrokerAndSubscriberTest {

    @TempDir
    Path dir;

    record Received(String topic, String payload, boolean retained) {
    }

    @Test
    void the_subscriber_gets_retained_and_live_messages_and_comes_back_after_a_broker_restart() throws Exception {
        List<String> workingDirBefore = listWorkingDir();
        List<Received> received = new CopyOnWriteArrayList<>();
        EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("broker"), "127.0.0.1", 0);
        int port = broker.port();
        FleetSubscriber subscriber = new FleetSubscriber(broker.localUrl(), "fleet-test",
                (topic, payload, retained) -> received.add(
                        new Received(topic, new String(payload, StandardCharsets.UTF_8), retained)));
        try {
            publish(broker.localUrl(), "misono/v1/city-a/gw-1/status", "{\"online\":true}", true);
            subscriber.start();
            await().atMost(Duration.ofSeconds(10)).until(subscriber::connected);
            publish(broker.localUrl(), "misono/v1/city-a/gw-1/health", "{\"seq\":1}", false);
            publish(broker.localUrl(), "other/topic", "x", false);

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received).containsExactly(
                    new Received("misono/v1/city-a/gw-1/status", "{\"online\":true}", true),
                    new Received("misono/v1/city-a/gw-1/health", "{\"seq\":1}", false)));

            broker.close();
            await().atMost(Duration.ofSeconds(10)).until(() -> !subscriber.connected());
            broker = EmbeddedBroker.start(dir.resolve("broker"), "127.0.0.1", port);

            await().atMost(Duration.ofSeconds(30)).until(subscriber::connected);
            publish(broker.localUrl(), "misono/v1/city-a/gw-1/health", "{\"seq\":2}", false);
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(received)
                    .contains(new Received("misono/v1/city-a/gw-1/health", "{\"seq\":2}", false)));
        } finally {
            subscriber.close();
            broker.close();
        }
        assertThat(Files.list(dir.resolve("broker")).map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("conf", "data", "extensions");
        assertThat(listWorkingDir()).as("the broker writes nothing into the working directory")
                .isEqualTo(workingDirBefore);
    }

    @Test
    void a_subscriber_started_before_its_broker_connects_once_the_broker_is_up() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        List<Received> received = new CopyOnWriteArrayList<>();
        try (FleetSubscriber subscriber = new FleetSubscriber("tcp://127.0.0.1:" + port, "fleet-early",
                (topic, payload, retained) -> received.add(new Received(topic, "", retained)))) {
            subscriber.start();
            try (EmbeddedBroker broker = EmbeddedBroker.start(dir.resolve("late"), "127.0.0.1", port)) {
                await().atMost(Duration.ofSeconds(20)).until(subscriber::connected);
                publish(broker.localUrl(), "misono/v1/city-a/gw-1/health", "{}", false);
                await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
            }
        }
    }

    private static List<String> listWorkingDir() throws Exception {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("user.dir")))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void publish(String url, String topic, String payload, boolean retained) throws Exception {
        MqttClient client = new MqttClient(url, "publisher-" + System.nanoTime(), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        client.connect(options);
        client.publish(topic, payload.getBytes(StandardCharsets.UTF_8), 1, retained);
        client.disconnect();
        client.close();
    }
}
