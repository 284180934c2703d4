package org.misono.gateway.core.configfile;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Set;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the gateway configuration file (named by the framework property {@value #CONFIG_PROPERTY}) to
 * Configuration Admin at start. Components then pick up their configurations as they would from any other
 * source, so a gateway running inside Kura can be configured by Kura instead and this component stays idle.
 */
@Component(immediate = true)
public class ConfigFileInstaller {

    public static final String CONFIG_PROPERTY = "misono.gateway.config";

    /** Marks configurations made from the file, so removing them never touches another agent's. */
    static final String SOURCE_PROPERTY = "misono.source";
    static final String SOURCE_FILE = "gateway-file";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigFileInstaller.class);
    // "?" lets whichever bundle registers the PID bind to it, as configurations made by a management agent do.
    private static final String ANY_BUNDLE = "?";

    @Reference
    private ConfigurationAdmin configurationAdmin;

    @Activate
    void activate(BundleContext context) {
        String path = context.getProperty(CONFIG_PROPERTY);
        if (path == null) {
            LOG.info("No {} set; leaving configuration to other management agents", CONFIG_PROPERTY);
            return;
        }
        try {
            GatewayFile file = GatewayFileParser.parse(Path.of(path));
            apply(file);
            LOG.info("Applied {}: gateway {} of tenant {}, {} device(s)", path, file.gatewayId(), file.tenant(),
                    file.devices().size());
        } catch (GatewayConfigException e) {
            LOG.error("{}", e.getMessage());
            stopGateway(context, "fix the configuration file and start the gateway again");
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Cannot apply {}: {}", path, e.toString());
        }
    }

    /**
     * A gateway that boots from a broken file would run without devices and look healthy from afar;
     * stopping makes the mistake visible where it was made (the technician's console, the service manager).
     */
    private static void stopGateway(BundleContext context, String advice) {
        LOG.error("The gateway stops: {}", advice);
        Thread stopper = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (Exception e) {
                LOG.error("Could not stop the framework: {}", e.toString());
            }
        }, "misono-config-stop");
        stopper.start();
    }

    void apply(GatewayFile file) throws IOException, InvalidSyntaxException {
        update(configurationAdmin.getConfiguration(file.gatewayPid(), ANY_BUNDLE), file.gatewayProperties());
        update(configurationAdmin.getConfiguration(file.uplink().pid(), ANY_BUNDLE), file.uplink().properties());
        update(configurationAdmin.getConfiguration(UpdatesSection.PID, ANY_BUNDLE), file.updates().properties());
        Set<String> wanted = new HashSet<>();
        for (DeviceConfig device : file.devices()) {
            Configuration c = configurationAdmin.getFactoryConfiguration(device.factoryPid(), device.id(), ANY_BUNDLE);
            wanted.add(c.getPid());
            Dictionary<String, Object> properties = device.properties();
            properties.put(SOURCE_PROPERTY, SOURCE_FILE);
            update(c, properties);
        }
        removeDevicesNotIn(wanted);
    }

    /** Devices this file put in earlier, of any protocol, that it no longer lists. */
    private void removeDevicesNotIn(Set<String> wantedPids) throws IOException, InvalidSyntaxException {
        Configuration[] existing = configurationAdmin.listConfigurations("(" + SOURCE_PROPERTY + "=" + SOURCE_FILE + ")");
        if (existing == null) {
            return;
        }
        for (Configuration c : existing) {
            if (!wantedPids.contains(c.getPid())) {
                LOG.info("Removing device {}: no longer in the configuration file", c.getProperties().get("device.id"));
                c.delete();
            }
        }
    }

    private static void update(Configuration configuration, Dictionary<String, Object> properties) throws IOException {
        // updateIfDifferent keeps components from restarting when a reboot re-applies the same file
        configuration.updateIfDifferent(properties);
    }
}
