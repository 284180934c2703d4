package org.misono.gateway.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running gateway: an OSGi framework with every bundle of the bundles folder installed and started.
 * Bundles that do not resolve are named with the reason (usually a missing package) and the others
 * start anyway, so one broken add-on does not take the gateway down.
 */
public final class GatewayRuntime implements AutoCloseable {

    /** The framework property naming the gateway configuration file; read by the gateway-core bundle. */
    public static final String CONFIG_PROPERTY = "misono.gateway.config";
    public static final String FIRMWARE_PROPERTY = "misono.firmware.version";
    public static final String DATA_DIR_PROPERTY = "misono.data.dir";

    private static final Logger LOG = LoggerFactory.getLogger(GatewayRuntime.class);

    private final Framework framework;
    private final List<String> failedBundles;

    private GatewayRuntime(Framework framework, List<String> failedBundles) {
        this.framework = framework;
        this.failedBundles = List.copyOf(failedBundles);
    }

    public static GatewayRuntime start(RuntimeOptions options) throws BundleException, IOException {
        Files.createDirectories(options.dataDir());
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, options.dataDir().resolve("framework").toString());
        // bundles come from the bundles folder on every start, not from a cache of an earlier release
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.extra());
        props.put("felix.log.level", "1");
        props.put(FIRMWARE_PROPERTY, options.firmwareVersion());
        props.put(DATA_DIR_PROPERTY, options.dataDir().toAbsolutePath().toString());
        if (options.configFile() != null) {
            props.put(CONFIG_PROPERTY, options.configFile().toAbsolutePath().toString());
        }
        props.putAll(options.properties());

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(props);
        framework.init();
        List<Bundle> installed = install(framework.getBundleContext(), options.bundlesDir());
        framework.start();
        List<String> failed = startAll(installed);
        LOG.info("Gateway runtime started: {} bundles, {} failed to start", installed.size(), failed.size());
        return new GatewayRuntime(framework, failed);
    }

    private static List<Bundle> install(BundleContext context, Path bundlesDir) throws IOException, BundleException {
        List<Path> jars;
        try (Stream<Path> files = Files.list(bundlesDir)) {
            jars = files.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        if (jars.isEmpty()) {
            throw new IOException("no bundles (*.jar) in " + bundlesDir.toAbsolutePath());
        }
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            bundles.add(context.installBundle(jar.toUri().toString()));
        }
        return bundles;
    }

    private static List<String> startAll(List<Bundle> bundles) {
        List<String> failed = new ArrayList<>();
        for (Bundle bundle : bundles) {
            if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null) {
                continue;
            }
            try {
                bundle.start();
            } catch (BundleException e) {
                String reason = bundle.getSymbolicName() + " " + bundle.getVersion() + ": " + e.getMessage();
                failed.add(reason);
                LOG.error("Bundle did not start: {}", reason);
            }
        }
        return failed;
    }

    public Framework framework() {
        return framework;
    }

    public BundleContext bundleContext() {
        return framework.getBundleContext();
    }

    /** Bundles that could not be started, each with its reason. */
    public List<String> failedBundles() {
        return failedBundles;
    }

    /** Blocks until the framework stops, e.g. from a shutdown hook. */
    public void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        framework.stop();
        FrameworkEvent event = framework.waitForStop(30_000);
        if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            LOG.warn("Framework did not stop within 30 s");
        }
    }
}
