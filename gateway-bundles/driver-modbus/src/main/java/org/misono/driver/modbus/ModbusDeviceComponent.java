package org.misono.driver.modbus;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.misono.profile.plan.ReadBlock;
import org.misono.profile.plan.ReadPlanner;
import org.misono.driver.modbus.poll.DevicePoller;
import org.misono.driver.modbus.poll.ModbusLink;
import org.misono.gateway.api.ConfigurationPids;
import org.misono.gateway.api.DeviceEndpoint;
import org.misono.gateway.api.HealthIndicator;
import org.misono.gateway.api.ProfileRepository;
import org.misono.gateway.api.Uplink;
import org.misono.modbus.tcp.ModbusTcpClient;
import org.misono.profile.DeviceProfile;
import org.osgi.service.component.ComponentConstants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Modbus TCP device, from its factory configuration: resolves the profile, plans the reads, and
 * polls on its own thread at the configured interval.
 */
@Designate(ocd = ModbusDeviceConfig.class, factory = true)
// immediate: registering the health indicator must not delay polling until someone asks for it
@Component(configurationPid = ConfigurationPids.MODBUS_DEVICE, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true)
public class ModbusDeviceComponent implements HealthIndicator {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusDeviceComponent.class);
    private static final long MAX_RECONNECT_MS = 30_000;

    @Reference
    private Uplink uplink;

    @Reference
    private ProfileRepository profiles;

    private String deviceId;
    private ModbusLink link;
    private ScheduledExecutorService executor;
    private DevicePoller poller;

    @Activate
    void activate(ModbusDeviceConfig config) {
        deviceId = config.device_id();
        DeviceProfile profile = profiles.find(config.profile()).orElseThrow(() -> new IllegalStateException(
                "Device " + deviceId + ": no profile '" + config.profile()
                        + "' in the gateway's profiles folder; add the profile file or fix the id"));
        int unitId = config.unit_id() >= 0 ? config.unit_id() : profile.modbus().unitId();
        int timeoutMs = config.timeout_ms() > 0 ? config.timeout_ms() : profile.modbus().timeoutMs();
        long intervalMs = config.poll_interval_ms();
        ModbusTcpClient.Options options = ModbusTcpClient.Options.defaults()
                .withConnectTimeout(Duration.ofMillis(timeoutMs))
                .withResponseTimeout(Duration.ofMillis(timeoutMs))
                .withMaxInFlight(profile.modbus().maxInFlight());
        // reconnects back off from one poll interval to eight, at most 30 s: quick to notice a device is
        // back, cheap while it is away
        link = new ModbusLink(config.host(), config.port(), options, intervalMs,
                Math.max(intervalMs, Math.min(MAX_RECONNECT_MS, 8 * intervalMs)), System::currentTimeMillis);
        List<ReadBlock> plan = ReadPlanner.plan(profile.points(), profile.modbus());
        poller = new DevicePoller(deviceId, unitId, plan, link, uplink, timeoutMs,
                System::currentTimeMillis);
        uplink.describe(new DeviceEndpoint(deviceId, profile, link.address() + " unit " + unitId));
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "misono-modbus-" + deviceId);
            t.setDaemon(true);
            return t;
        });
        executor.scheduleAtFixedRate(poller::pollOnce, 0, intervalMs, TimeUnit.MILLISECONDS);
        LOG.info("Polling {} ({}) at {} unit {} every {} ms in {} request(s)", deviceId, profile.reference(),
                link.address(), unitId, intervalMs, plan.size());
    }

    @Override
    public String name() {
        return "device " + deviceId;
    }

    /** Healthy while the device answers: after a change, a device that stops answering undoes it. */
    @Override
    public Health check() {
        return poller.silence().map(reason -> Health.down("no answer: " + reason)).orElse(Health.up());
    }

    @Deactivate
    void deactivate(int reason) throws InterruptedException {
        executor.shutdownNow();
        executor.awaitTermination(5, TimeUnit.SECONDS);
        link.close();
        // a gateway shutting down keeps its devices; only a deleted configuration removes one
        if (reason == ComponentConstants.DEACTIVATION_REASON_CONFIGURATION_DELETED) {
            uplink.forget(deviceId);
        }
    }
}
