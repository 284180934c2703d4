package org.misono.gateway.runtime;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.misono.release.ReleaseState;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.launch.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running gateway: an OSGi framework with the bundles of the release it boots. When the framework stops
 * and the release state now names another release (the update agent started a trial, or rolled one back),
 * a fresh framework is launched with the release the {@link ReleaseSelector} picks; any other stop is final. A release on trial that does not confirm it is healthy by
 * its deadline is rolled back from here, so even a release whose update agent never starts returns the
 * gateway to a working one.
 */
public final class GatewayRuntime implements AutoCloseable {

    /** The framework property naming the gateway configuration file; read by the gateway-core bundle. */
    public static final String CONFIG_PROPERTY = "misono.gateway.config";
    public static final String FIRMWARE_PROPERTY = "misono.firmware.version";
    public static final String DATA_DIR_PROPERTY = "misono.data.dir";
    /** The folder of the bundles the framework was booted with (the running release's). */
    public static final String BUNDLES_PROPERTY = "misono.release.bundles";
    /** Set while the booted release is on trial: the epoch ms by which it must commit. */
    public static final String TRIAL_DEADLINE_PROPERTY = "misono.release.trial.deadline";

    private static final Logger LOG = LoggerFactory.getLogger(GatewayRuntime.class);

    private final RuntimeOptions options;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Object lock = new Object();
    private volatile FrameworkLaunch current;
    private volatile boolean closing;

    private GatewayRuntime(RuntimeOptions options) {
        this.options = options;
    }

    public static GatewayRuntime start(RuntimeOptions options) throws BundleException, IOException {
        Files.createDirectories(options.dataDir());
        GatewayRuntime runtime = new GatewayRuntime(options);
        runtime.current = runtime.launch();
        Thread supervisor = new Thread(runtime::supervise, "misono-runtime-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
        return runtime;
    }

    private FrameworkLaunch launch() throws BundleException, IOException {
        ReleaseSelector.Boot boot = ReleaseSelector.select(options.dataDir(), options.bundlesDir(),
                options.firmwareVersion(), System.currentTimeMillis());
        FrameworkLaunch launch = FrameworkLaunch.start(options, boot);
        if (boot.trial()) {
            TrialWatchdog.arm(this, boot);
        }
        return launch;
    }

    /** Relaunches for every release change until the runtime is closed or the framework stops for good. */
    private void supervise() {
        try {
            while (true) {
                current.framework().waitForStop(0);
                synchronized (lock) {
                    String next = ReleaseSelector.peek(options.dataDir(), options.firmwareVersion());
                    if (closing || next.equals(current.boot().version())) {
                        return;
                    }
                    LOG.info("Restarting the framework: release {} instead of {}", next, current.boot().version());
                    current = launch();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (BundleException | IOException | RuntimeException e) {
            LOG.error("Could not restart the gateway", e);
        } finally {
            stopped.countDown();
        }
    }

    /** Rolls back the release on trial if it has not committed by now; see {@link TrialWatchdog}. */
    void expireTrial(String version) {
        synchronized (lock) {
            try {
                ReleaseState state = ReleaseState.load(options.dataDir());
                if (closing || !version.equals(state.pending())) {
                    return;
                }
                String reason = version + " did not confirm it was healthy by its deadline";
                LOG.warn("Rolling back release {}: {}", version, reason);
                state.rollBack(reason, System.currentTimeMillis()).save(options.dataDir());
                current.framework().stop();
            } catch (IOException | BundleException e) {
                LOG.error("Could not roll back release {}", version, e);
            }
        }
    }

    public Framework framework() {
        return current.framework();
    }

    public BundleContext bundleContext() {
        return current.framework().getBundleContext();
    }

    /** The release the framework runs now (the factory version when no update was ever committed). */
    public String release() {
        return current.boot().version();
    }

    /** Bundles of the running release that could not be started, each with its reason. */
    public java.util.List<String> failedBundles() {
        return current.failedBundles();
    }

    /** Blocks until the gateway stops for good (not for a release change). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Waits at most the given time for the gateway to stop for good. */
    public boolean awaitStop(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    @Override
    public void close() throws BundleException, InterruptedException {
        synchronized (lock) {
            closing = true;
            current.framework().stop();
        }
        FrameworkEvent event = current.framework().waitForStop(30_000);
        if (event.getType() == FrameworkEvent.WAIT_TIMEDOUT) {
            LOG.warn("Framework did not stop within 30 s");
        }
        stopped.await(5, TimeUnit.SECONDS);
    }
}
