package org.misono.uplink.mqtt;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.misono.contract.Channel;
import org.misono.contract.ContractJson;
import org.misono.contract.GatewayStatus;
import org.misono.contract.Heartbeat;
import org.misono.contract.Topics;
import org.misono.gateway.api.ConfigurationPids;
import org.misono.gateway.api.DeviceEndpoint;
import org.misono.gateway.api.DeviceEvent;
import org.misono.gateway.api.GatewayIdentity;
import org.misono.gateway.api.Reading;
import org.misono.gateway.api.Uplink;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The uplink in the native dialect. Drivers hand over readings without ever blocking on the network;
 * a sender thread publishes them in order, one at a time with QoS 1, whenever the broker is reachable.
 */
@Designate(ocd = MqttUplinkConfig.class)
@Component(configurationPid = ConfigurationPids.UPLINK_MQTT, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class MqttUplink implements Uplink {

    private static final Logger LOG = LoggerFactory.getLogger(MqttUplink.class);
    private static final long PUBLISH_TIMEOUT_MS = 10_000;

    @Reference
    private GatewayIdentity identity;

    private final long startedAt = System.currentTimeMillis();
    private final AtomicLong seq = new AtomicLong();
    private final Map<String, byte[]> descriptions = new ConcurrentHashMap<>();
    private final Map<String, Boolean> deviceOnline = new ConcurrentHashMap<>();
    private OutboundQueue queue;
    private MqttSession session;
    private ScheduledExecutorService scheduler;
    private Thread sender;
    private volatile boolean running;
    private int heartbeatSeconds;

    @Activate
    void activate(MqttUplinkConfig config) throws MqttException {
        heartbeatSeconds = config.heartbeat_seconds();
        queue = new OutboundQueue(config.queue_capacity());
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "misono-uplink-scheduler"));
        session = new MqttSession(config.broker_url(), identity.tenant() + "." + identity.gatewayId(),
                connectOptions(config), scheduler, this::onConnected);
        running = true;
        sender = daemon(this::sendLoop, "misono-uplink-sender");
        sender.start();
        session.start();
        scheduler.scheduleAtFixedRate(this::heartbeat, heartbeatSeconds, heartbeatSeconds, TimeUnit.SECONDS);
        LOG.info("Uplink for gateway {} of tenant {} to {}", identity.gatewayId(), identity.tenant(),
                config.broker_url());
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        running = false;
        sender.interrupt();
        sender.join(5000);
        session.close(statusTopic(), ContractJson.encode(
                GatewayStatus.offline(System.currentTimeMillis(), identity.firmwareVersion(), "shutdown")));
        scheduler.shutdownNow();
    }

    private MqttConnectOptions connectOptions(MqttUplinkConfig config) {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(true);
        o.setAutomaticReconnect(false);
        o.setKeepAliveInterval(config.keepalive_seconds());
        o.setConnectionTimeout(10);
        o.setMaxInflight(1000);
        if (!config.username().isEmpty()) {
            o.setUserName(config.username());
            o.setPassword(config._password().toCharArray());
        }
        o.setWill(statusTopic(), ContractJson.encode(GatewayStatus.offline(System.currentTimeMillis(),
                identity.firmwareVersion(), "connection lost")), 1, true);
        return o;
    }

    private void onConnected() {
        session.publishNow(statusTopic(), ContractJson.encode(GatewayStatus.online(System.currentTimeMillis(),
                identity.firmwareVersion(), startedAt)), 1, true);
        // retained, but a broker may have lost them (restart without persistence): send again on every connect
        descriptions.forEach((device, payload) -> session.publishNow(metaTopic(device), payload, 1, true));
    }

    @Override
    public void describe(DeviceEndpoint device) {
        byte[] payload = ContractJson.encode(NativeEncoder.describe(device, System.currentTimeMillis()));
        descriptions.put(device.deviceId(), payload);
        queue.add(new OutboundMessage(metaTopic(device.deviceId()), payload, 1, true));
    }

    @Override
    public void readings(String deviceId, List<Reading> readings) {
        if (readings.isEmpty()) {
            return;
        }
        byte[] payload = ContractJson.encode(NativeEncoder.telemetry(seq.incrementAndGet(), readings));
        queue.add(new OutboundMessage(Topics.device(identity.tenant(), identity.gatewayId(), deviceId,
                Channel.TELEMETRY), payload, 1, false));
    }

    @Override
    public void event(String deviceId, DeviceEvent event) {
        deviceOnline.put(deviceId, event.type() == DeviceEvent.Type.ONLINE);
        byte[] payload = ContractJson.encode(NativeEncoder.event(seq.incrementAndGet(), event));
        queue.add(new OutboundMessage(Topics.device(identity.tenant(), identity.gatewayId(), deviceId,
                Channel.EVENT), payload, 1, false));
    }

    @Override
    public void forget(String deviceId) {
        descriptions.remove(deviceId);
        deviceOnline.remove(deviceId);
        // an empty retained message clears the retained description on the broker
        queue.add(new OutboundMessage(metaTopic(deviceId), new byte[0], 1, true));
    }

    private void sendLoop() {
        while (running) {
            try {
                OutboundMessage next = queue.peek(1, TimeUnit.SECONDS);
                if (next == null || !session.awaitConnected(1, TimeUnit.SECONDS)) {
                    continue;
                }
                session.publish(next, PUBLISH_TIMEOUT_MS);
                queue.remove(next);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (MqttException e) {
                // the same message is tried again once the session is back
                LOG.debug("Publish failed, will retry: {}", e.toString());
            }
        }
    }

    private void heartbeat() {
        if (!session.isConnected()) {
            return;
        }
        long online = deviceOnline.values().stream().filter(Boolean::booleanValue).count();
        Heartbeat beat = new Heartbeat(seq.get(), System.currentTimeMillis(),
                (System.currentTimeMillis() - startedAt) / 1000, heartbeatSeconds,
                new Heartbeat.Backlog(queue.size(), queue.bytes()), Map.of("all", queue.dropped()),
                (int) online, deviceOnline.size() - (int) online);
        session.publishNow(Topics.gateway(identity.tenant(), identity.gatewayId(), Channel.HEALTH),
                ContractJson.encode(beat), 0, false);
    }

    private String statusTopic() {
        return Topics.gateway(identity.tenant(), identity.gatewayId(), Channel.STATUS);
    }

    private String metaTopic(String deviceId) {
        return Topics.device(identity.tenant(), identity.gatewayId(), deviceId, Channel.META);
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
