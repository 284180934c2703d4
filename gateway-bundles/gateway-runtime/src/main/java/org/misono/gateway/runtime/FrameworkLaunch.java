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
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One framework instance booted with one release's bundles. Bundles that do not resolve are named with the
 * reason (usually a missing package) and the others start anyway, so one broken add-on does not take the
 * gateway down.
 */
final class FrameworkLaunch {

    private static final Logger LOG = LoggerFactory.getLogger(FrameworkLaunch.class);

    private final Framework framework;
    private final ReleaseSelector.Boot boot;
    private final List<String> failedBundles;

    private FrameworkLaunch(Framework framework, ReleaseSelector.Boot boot, List<String> failedBundles) {
        this.framework = framework;
        this.boot = boot;
        this.failedBundles = List.copyOf(failedBundles);
    }

    static FrameworkLaunch start(RuntimeOptions options, ReleaseSelector.Boot boot) throws BundleException, IOException {
        Map<String, String> props = new HashMap<>();
        props.put(Constants.FRAMEWORK_STORAGE, options.dataDir().resolve("framework").toString());
        // every launch installs the chosen release's bundles afresh, never a cache of another release
        props.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        props.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SystemPackages.extra());
        props.put("felix.log.level", "1");
        props.put(GatewayRuntime.FIRMWARE_PROPERTY, boot.version());
        props.put(GatewayRuntime.DATA_DIR_PROPERTY, options.dataDir().toAbsolutePath().toString());
        props.put(GatewayRuntime.BUNDLES_PROPERTY, boot.bundlesDir().toAbsolutePath().toString());
        if (boot.trial()) {
            props.put(GatewayRuntime.TRIAL_DEADLINE_PROPERTY, String.valueOf(boot.trialDeadline()));
        }
        if (options.configFile() != null) {
            props.put(GatewayRuntime.CONFIG_PROPERTY, options.configFile().toAbsolutePath().toString());
        }
        props.putAll(options.properties());

        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(props);
        framework.init();
        List<Bundle> installed = install(framework.getBundleContext(), boot.bundlesDir());
        framework.start();
        List<String> failed = startAll(installed);
        LOG.info("Gateway runtime started release {}{}: {} bundles, {} failed to start", boot.version(),
                boot.trial() ? " (on trial)" : "", installed.size(), failed.size());
        return new FrameworkLaunch(framework, boot, failed);
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

    Framework framework() {
        return framework;
    }

    ReleaseSelector.Boot boot() {
        return boot;
    }

    List<String> failedBundles() {
        return failedBundles;
    }
}
