package org.misono.gateway.core.configfile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Dictionary;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.misono.gateway.api.GatewayConfigurator;
import org.misono.gateway.api.GatewayIdentity;
import org.misono.gateway.api.ProfileRepository;
import org.misono.profile.load.ProfileProblem;
import org.misono.release.ReleaseState;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Installs the gateway's configuration into Configuration Admin: at start the remote configuration the
 * gateway last kept, or else the local file (named by the framework property {@value #CONFIG_PROPERTY});
 * later, remote documents through {@link GatewayConfigurator}. Components pick up their configurations as
 * from any other source, so a gateway running inside Kura can be configured by Kura instead and this
 * component stays idle.
 */
@Component(immediate = true)
public class ConfigFileInstaller implements GatewayConfigurator {

    public static final String CONFIG_PROPERTY = "misono.gateway.config";
    static final String DATA_DIR_PROPERTY = "misono.data.dir";
    /** Marks configurations made from the file, so removing them never touches another agent's. */
    static final String SOURCE_PROPERTY = "misono.source";
    static final String SOURCE_FILE = "gateway-file";

    private static final Logger LOG = LoggerFactory.getLogger(ConfigFileInstaller.class);
    // "?" lets whichever bundle registers the PID bind to it, as configurations made by a management agent do.
    private static final String ANY_BUNDLE = "?";

    @Reference
    private ConfigurationAdmin configurationAdmin;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProfileRepository profiles;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile GatewayIdentity identity;

    private Path localFile;
    private ConfigurationStore store;
    private Applied running;
    private Applied previous;

    /** A document in force: its version, text and what it says. */
    private record Applied(String version, String text, GatewayFile file) {
    }

    @Activate
    void activate(BundleContext context) {
        String path = context.getProperty(CONFIG_PROPERTY);
        if (path == null) {
            LOG.info("No {} set; leaving configuration to other management agents", CONFIG_PROPERTY);
            return;
        }
        localFile = Path.of(path).toAbsolutePath();
        String data = context.getProperty(DATA_DIR_PROPERTY);
        store = new ConfigurationStore(data != null ? Path.of(data) : localFile.getParent());
        try {
            Applied start = startingDocument();
            install(start.file());
            running = start;
            LOG.info("Applied {} configuration: gateway {} of tenant {}, {} device(s)",
                    LOCAL.equals(start.version()) ? localFile.toString() : "remote " + start.version(),
                    start.file().gatewayId(), start.file().tenant(), start.file().devices().size());
        } catch (GatewayConfigException e) {
            LOG.error("{}", e.getMessage());
            stopGateway(context, "fix the configuration file and start the gateway again");
        } catch (IOException | InvalidSyntaxException e) {
            LOG.error("Cannot apply {}: {}", path, e.toString());
        }
    }

    /** The kept remote document, or the local file; a document that was on trial when the gateway died is dropped. */
    private Applied startingDocument() throws IOException, GatewayConfigException {
        ReleaseState state = store.state();
        if (state.pending() != null) {
            String reason = "the gateway restarted while configuration " + state.pending() + " was on trial";
            LOG.warn("Dropping configuration {}: {}", state.pending(), reason);
            state = state.rollBack(reason, System.currentTimeMillis());
            store.save(state);
        }
        if (state.committed() != null && store.has(state.committed())) {
            String text = store.read(state.committed());
            return new Applied(state.committed(), text, parse(text));
        }
        String text = Files.readString(localFile);
        return new Applied(LOCAL, text, GatewayFileParser.parse(localFile));
    }

    @Override
    public synchronized List<String> validate(String text) {
        List<String> problems = new ArrayList<>();
        GatewayFile file;
        try {
            file = parse(text);
        } catch (GatewayConfigException e) {
            return e.problems().stream().map(ProfileProblem::toString).toList();
        }
        GatewayIdentity self = identity;
        if (self != null && (!self.gatewayId().equals(file.gatewayId()) || !self.tenant().equals(file.tenant()))) {
            problems.add("gateway: the document is for gateway " + file.gatewayId() + " of tenant " + file.tenant()
                    + ", this is " + self.gatewayId() + " of " + self.tenant());
        }
        ProfileRepository known = profiles;
        for (DeviceConfig device : file.devices()) {
            Object profile = device.properties().get("profile");
            if (known != null && profile != null && known.find(profile.toString()).isEmpty()) {
                problems.add("devices: device " + device.id() + " needs profile '" + profile
                        + "', which this gateway does not have");
            }
        }
        return problems;
    }

    @Override
    public synchronized String runningVersion() {
        return running == null ? LOCAL : running.version();
    }

    @Override
    public synchronized void apply(String version, String text) {
        List<String> problems = validate(text);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        try {
            GatewayFile file = parse(text);
            store.write(version, text);
            store.save(store.state().startTrial(version, 0));
            previous = running;
            install(file);
            running = new Applied(version, text, file);
            LOG.info("Applied remote configuration {} on trial", version);
        } catch (GatewayConfigException | IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("could not apply configuration " + version + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void commit() {
        try {
            store.save(store.state().commit(System.currentTimeMillis()));
            previous = null;
            LOG.info("Kept configuration {}", running.version());
        } catch (IOException e) {
            throw new IllegalStateException("could not record configuration " + running.version() + " as kept", e);
        }
    }

    @Override
    public synchronized void revert(String reason) {
        if (previous == null) {
            return;
        }
        try {
            store.save(store.state().rollBack(reason, System.currentTimeMillis()));
            LOG.warn("Reverting configuration {} to {}: {}", running.version(), previous.version(), reason);
            install(previous.file());
            running = previous;
            previous = null;
        } catch (IOException | InvalidSyntaxException e) {
            throw new IllegalStateException("could not revert to configuration " + previous.version(), e);
        }
    }

    private GatewayFile parse(String text) throws GatewayConfigException {
        return GatewayFileParser.parse(localFile.getFileName().toString(), text, localFile.getParent());
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

    void install(GatewayFile file) throws IOException, InvalidSyntaxException {
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
