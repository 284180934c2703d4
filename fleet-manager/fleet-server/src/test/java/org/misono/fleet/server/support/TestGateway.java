package org.misono.fleet.server.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.misono.contract.Channel;
import org.misono.contract.ContractJson;
import org.misono.contract.DeviceDescription;
import org.misono.contract.DeviceEventMessage;
import org.misono.contract.GatewayStatus;
import org.misono.contract.Heartbeat;
import org.misono.contract.ReadingRecord;
import org.misono.contract.Telemetry;
import org.misono.contract.Topics;

/** A gateway as the fleet manager sees it: a real MQTT client publishing the native dialect. */
public final class TestGateway implements AutoCloseable {

    private final MqttClient client;
    private final String tenant;
    private final String gateway;
    private final AtomicLong seq = new AtomicLong();

    private TestGateway(MqttClient client, String tenant, String gateway) {
        this.client = client;
        this.tenant = tenant;
        this.gateway = gateway;
    }

    /** Connects with an offline last will and publishes the birth, as a real gateway does. */
    public static TestGateway connect(String mqttUrl, String tenant, String gateway, String firmware)
            throws MqttException {
        MqttClient client = new MqttClient(mqttUrl, "gw-" + tenant + "-" + gateway + "-" + System.nanoTime(),
                new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        options.setWill(Topics.gateway(tenant, gateway, Channel.STATUS),
                ContractJson.encode(GatewayStatus.offline(now(), firmware, "connection lost")), 1, true);
        client.connect(options);
        TestGateway gw = new TestGateway(client, tenant, gateway);
        gw.publish(Topics.gateway(tenant, gateway, Channel.STATUS),
                ContractJson.encode(GatewayStatus.online(now(), firmware, now() - 10_000)), true);
        return gw;
    }

    public TestGateway heartbeat(int intervalSeconds, long backlogMessages) throws MqttException {
        Heartbeat hb = new Heartbeat(seq.incrementAndGet(), now(), 40, intervalSeconds,
                new Heartbeat.Backlog(backlogMessages, backlogMessages * 100), Map.of("routine", 2L), 1, 0);
        publish(Topics.gateway(tenant, gateway, Channel.HEALTH), ContractJson.encode(hb), false);
        return this;
    }

    public TestGateway meta(String device, DeviceDescription description) throws MqttException {
        publish(Topics.device(tenant, gateway, device, Channel.META), ContractJson.encode(description), true);
        return this;
    }

    public TestGateway telemetry(String device, List<ReadingRecord> readings) throws MqttException {
        Telemetry t = new Telemetry(seq.incrementAndGet(), now(), readings);
        publish(Topics.device(tenant, gateway, device, Channel.TELEMETRY), ContractJson.encode(t), false);
        return this;
    }

    public TestGateway event(String device, String type, String reason) throws MqttException {
        DeviceEventMessage e = new DeviceEventMessage(seq.incrementAndGet(), now(), type, reason);
        publish(Topics.device(tenant, gateway, device, Channel.EVENT), ContractJson.encode(e), false);
        return this;
    }

    public void publish(String topic, byte[] payload, boolean retained) throws MqttException {
        client.publish(topic, payload, 1, retained);
    }

    /** Drops the connection without saying goodbye, so the broker publishes the last will. */
    public void dropConnection() throws MqttException {
        client.disconnectForcibly(0, 0, false);
        client.close(true);
    }

    @Override
    public void close() throws MqttException {
        if (client.isConnected()) {
            client.disconnect();
        }
        client.close(true);
    }

    private static long now() {
        return System.currentTimeMillis();
    }
}
