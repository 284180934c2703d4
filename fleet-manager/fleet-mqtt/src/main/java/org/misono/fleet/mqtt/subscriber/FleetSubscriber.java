package org.misono.fleet.mqtt.subscriber;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.misono.contract.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fleet manager's MQTT client: subscribes to everything gateways publish and hands each message on.
 * It keeps trying until the broker answers, reconnects by itself when the connection drops, and subscribes
 * again on every connect. Its session is persistent, so QoS 1 messages published while it was away are
 * delivered when it is back.
 */
public final class FleetSubscriber implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FleetSubscriber.class);
    private static final int QOS = 1;
    private static final long FIRST_CONNECT_RETRY_SECONDS = 2;

    private final MqttAsyncClient client;
    private final MessageHandler handler;
    private final String brokerUrl;
    private final ScheduledExecutorService retries;
    private volatile boolean subscribed;
    private volatile boolean closed;

    public FleetSubscriber(String brokerUrl, String clientId, MessageHandler handler) {
        this.brokerUrl = brokerUrl;
        this.handler = handler;
        try {
            this.client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
        } catch (MqttException e) {
            throw new IllegalArgumentException("cannot use MQTT broker URL '" + brokerUrl + "': " + e.getMessage()
                    + " (expected e.g. tcp://host:1883)", e);
        }
        this.retries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "fleet-mqtt-connect");
            t.setDaemon(true);
            return t;
        });
        client.setCallback(new Callback());
    }

    /** Starts connecting; returns at once. */
    public void start() {
        connect();
    }

    /** True while connected and subscribed. */
    public boolean connected() {
        return subscribed && client.isConnected();
    }

    public String brokerUrl() {
        return brokerUrl;
    }

    private void connect() {
        if (closed) {
            return;
        }
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(false);
        options.setAutomaticReconnect(true);
        options.setMaxReconnectDelay(5_000);
        options.setKeepAliveInterval(30);
        options.setConnectionTimeout(10);
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // subscribing is done in connectComplete, which also runs on every reconnect
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.warn("Cannot reach MQTT broker {} ({}); retrying in {} s", brokerUrl, e.getMessage(),
                            FIRST_CONNECT_RETRY_SECONDS);
                    scheduleConnect();
                }
            });
        } catch (MqttException e) {
            LOG.warn("Cannot connect to MQTT broker {} ({}); retrying in {} s", brokerUrl, e.getMessage(),
                    FIRST_CONNECT_RETRY_SECONDS);
            scheduleConnect();
        }
    }

    private void scheduleConnect() {
        if (!closed) {
            retries.schedule(this::connect, FIRST_CONNECT_RETRY_SECONDS, TimeUnit.SECONDS);
        }
    }

    private void subscribe() {
        try {
            client.subscribe(Topics.ALL, QOS, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    subscribed = true;
                    LOG.info("Subscribed to {} on {}", Topics.ALL, brokerUrl);
                }

                @Override
                public void onFailure(IMqttToken token, Throwable e) {
                    LOG.error("Broker {} refused the subscription to {}: {}", brokerUrl, Topics.ALL, e.getMessage());
                }
            });
        } catch (MqttException e) {
            LOG.error("Could not subscribe to {} on {}", Topics.ALL, brokerUrl, e);
        }
    }

    @Override
    public void close() {
        closed = true;
        retries.shutdownNow();
        try {
            if (client.isConnected()) {
                client.disconnect().waitForCompletion(5_000);
            }
        } catch (MqttException e) {
            LOG.debug("Disconnect from {} did not complete", brokerUrl, e);
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("Closing the MQTT client failed", e);
        }
    }

    /** Receives every message; called on the MQTT client's thread, which waits until it returns. */
    @FunctionalInterface
    public interface MessageHandler {
        void accept(String topic, byte[] payload, boolean retained);
    }

    private final class Callback implements MqttCallbackExtended {
        @Override
        public void connectComplete(boolean reconnect, String serverUri) {
            LOG.info("{} MQTT broker {}", reconnect ? "Reconnected to" : "Connected to", serverUri);
            subscribe();
        }

        @Override
        public void connectionLost(Throwable cause) {
            subscribed = false;
            if (!closed) {
                LOG.warn("Lost connection to MQTT broker {} ({}); reconnecting", brokerUrl,
                        cause == null ? "no reason given" : cause.getMessage());
            }
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            try {
                handler.accept(topic, message.getPayload(), message.isRetained());
            } catch (RuntimeException e) {
                // an exception escaping here would make the client drop its connection
                LOG.error("Handling the message on {} failed", topic, e);
            }
        }

        @Override
        public void deliveryComplete(IMqttDeliveryToken token) {
            // the fleet manager does not publish
        }
    }
}
