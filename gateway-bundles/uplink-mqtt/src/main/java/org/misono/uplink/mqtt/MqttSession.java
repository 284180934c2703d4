package org.misono.uplink.mqtt;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.paho.client.mqttv3.IMqttActionListener;
import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.IMqttToken;
import org.eclipse.paho.client.mqttv3.MqttAsyncClient;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One MQTT connection that keeps itself up. Paho's own automatic reconnect only starts after a first
 * successful connect, so a gateway booting while the network is down would never connect; this class
 * retries from the very first attempt, with backoff and jitter.
 */
final class MqttSession implements MqttCallbackExtended {

    private static final Logger LOG = LoggerFactory.getLogger(MqttSession.class);

    private final MqttAsyncClient client;
    private final MqttConnectOptions options;
    private final ScheduledExecutorService scheduler;
    private final Runnable onConnected;
    private final Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition connected = lock.newCondition();
    private volatile boolean closed;
    private volatile boolean reportedDown;

    MqttSession(String brokerUrl, String clientId, MqttConnectOptions options, ScheduledExecutorService scheduler,
            Runnable onConnected) throws MqttException {
        this.client = new MqttAsyncClient(brokerUrl, clientId, new MemoryPersistence());
        this.options = options;
        this.scheduler = scheduler;
        this.onConnected = onConnected;
        client.setCallback(this);
    }

    void start() {
        attemptConnect();
    }

    boolean isConnected() {
        return client.isConnected();
    }

    /** Waits until connected, or the timeout passes; returns whether connected. */
    boolean awaitConnected(long timeout, TimeUnit unit) throws InterruptedException {
        long nanos = unit.toNanos(timeout);
        lock.lock();
        try {
            while (!client.isConnected() && !closed) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = connected.awaitNanos(nanos);
            }
            return client.isConnected();
        } finally {
            lock.unlock();
        }
    }

    /** Publishes and waits for the broker's acknowledgement (QoS 1) or the hand-off (QoS 0). */
    void publish(OutboundMessage m, long timeoutMs) throws MqttException {
        MqttMessage message = new MqttMessage(m.payload());
        message.setQos(m.qos());
        message.setRetained(m.retained());
        IMqttDeliveryToken token = client.publish(m.topic(), message);
        token.waitForCompletion(timeoutMs);
    }

    /** Publishes without waiting; for heartbeats and births, which are worthless if late. */
    void publishNow(String topic, byte[] payload, int qos, boolean retained) {
        try {
            client.publish(topic, payload, qos, retained);
        } catch (MqttException e) {
            LOG.debug("Could not publish {}: {}", topic, e.toString());
        }
    }

    void close(String lastTopic, byte[] lastPayload) {
        closed = true;
        try {
            if (client.isConnected()) {
                client.publish(lastTopic, lastPayload, 1, true).waitForCompletion(2000);
                client.disconnect(2000).waitForCompletion(3000);
            }
        } catch (MqttException e) {
            LOG.debug("Disconnect was not clean: {}", e.toString());
        }
        try {
            client.close(true);
        } catch (MqttException e) {
            LOG.debug("Close failed: {}", e.toString());
        }
        signalConnected();
    }

    private void attemptConnect() {
        if (closed) {
            return;
        }
        try {
            client.connect(options, null, new IMqttActionListener() {
                @Override
                public void onSuccess(IMqttToken token) {
                    // connectComplete() does the work
                }

                @Override
                public void onFailure(IMqttToken token, Throwable failure) {
                    scheduleReconnect(failure);
                }
            });
        } catch (MqttException e) {
            scheduleReconnect(e);
        }
    }

    private void scheduleReconnect(Throwable cause) {
        if (closed) {
            return;
        }
        long delay = backoff.nextDelayMs();
        if (!reportedDown) {
            LOG.warn("Broker {} unreachable ({}); retrying with backoff", client.getServerURI(), describe(cause));
            reportedDown = true;
        }
        scheduler.schedule(this::attemptConnect, delay, TimeUnit.MILLISECONDS);
    }

    @Override
    public void connectComplete(boolean reconnect, String serverUri) {
        backoff.reset();
        reportedDown = false;
        LOG.info("Connected to {}", serverUri);
        onConnected.run();
        signalConnected();
    }

    @Override
    public void connectionLost(Throwable cause) {
        LOG.warn("Connection to {} lost: {}", client.getServerURI(), describe(cause));
        reportedDown = true;
        scheduleReconnect(cause);
    }

    @Override
    public void messageArrived(String topic, MqttMessage message) {
        // the uplink subscribes to nothing yet; commands come with the downlink
    }

    @Override
    public void deliveryComplete(IMqttDeliveryToken token) {
        // publish() waits on its token
    }

    private void signalConnected() {
        lock.lock();
        try {
            connected.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** The innermost cause, which says what happened (e.g. "Connection refused"); Paho's wrappers do not. */
    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message != null ? message : root.getClass().getSimpleName();
    }
}
