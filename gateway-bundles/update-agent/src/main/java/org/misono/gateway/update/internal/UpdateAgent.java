package org.misono.gateway.update.internal;

import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import org.misono.gateway.api.HealthIndicator;
import org.misono.gateway.update.api.UpdateProgress;
import org.misono.gateway.update.api.UpdateProgress.Phase;
import org.misono.gateway.update.api.UpdateRequest;
import org.misono.gateway.update.api.UpdateService;
import org.misono.release.ArtifactException;
import org.misono.release.ReleaseManifest;
import org.misono.release.ReleaseState;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The update agent. An update downloads, verifies and stages a release, marks it on trial and restarts the
 * framework into it; the agent of the new release then checks the gateway's health and keeps the release
 * or returns to the previous one, by itself. Every step is written to the release state before it is taken,
 * so a power cut at any point boots a working release (see the launcher's ReleaseSelector).
 */
@Designate(ocd = UpdateAgentConfig.class)
// immediate: after a restart into a release on trial, nobody asks for the service, yet the trial must be judged
@Component(configurationPid = "org.misono.update", configurationPolicy = ConfigurationPolicy.OPTIONAL, immediate = true)
public class UpdateAgent implements UpdateService {

    private static final Logger LOG = LoggerFactory.getLogger(UpdateAgent.class);
    static final String DATA_DIR_PROPERTY = "misono.data.dir";
    static final String RELEASE_PROPERTY = "misono.firmware.version";
    static final String BUNDLES_PROPERTY = "misono.release.bundles";
    static final String TRIAL_DEADLINE_PROPERTY = "misono.release.trial.deadline";
    static final String CONFIG_PROPERTY = "misono.gateway.config";

    @Reference
    private ServiceComponentRuntime scr;

    private final List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();
    private final List<Consumer<UpdateProgress>> outcomeListeners = new CopyOnWriteArrayList<>();

    private BundleContext context;
    private UpdateAgentConfig config;
    private Path dataDir;
    private String running;
    private ScheduledExecutorService executor;
    private TrialConfirmation trial;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(HealthIndicator indicator) {
        indicators.add(indicator);
    }

    void removeIndicator(HealthIndicator indicator) {
        indicators.remove(indicator);
    }

    @Activate
    void activate(BundleContext context, UpdateAgentConfig config) throws IOException {
        this.context = context;
        this.config = config;
        this.dataDir = Path.of(context.getProperty(DATA_DIR_PROPERTY));
        this.running = context.getProperty(RELEASE_PROPERTY);
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "misono-update");
            t.setDaemon(true);
            return t;
        });
        ReleaseState state = ReleaseState.load(dataDir);
        String deadline = context.getProperty(TRIAL_DEADLINE_PROPERTY);
        if (running.equals(state.pending()) && deadline != null) {
            LOG.info("Release {} is on trial: checking the gateway's health before keeping it", running);
            trial = new TrialConfirmation(health(), Baseline.read(dataDir), System::currentTimeMillis,
                    config.stable_seconds() * 1000L, Long.parseLong(deadline), this::keep, this::undo);
            trial.start(executor);
        } else if (state.outcome() != null) {
            LOG.info("Last update: {} {}{}", state.outcome().version(), state.outcome().result(),
                    state.outcome().reason() == null ? "" : " (" + state.outcome().reason() + ")");
        }
    }

    @Deactivate
    void deactivate() {
        if (trial != null) {
            trial.cancel();
        }
        executor.shutdownNow();
    }

    @Override
    public String runningRelease() {
        return running;
    }

    @Override
    public UpdateProgress lastOutcome() {
        try {
            ReleaseState.Outcome o = ReleaseState.load(dataDir).outcome();
            if (o == null) {
                return null;
            }
            Phase phase = o.result() == ReleaseState.Result.COMMITTED ? Phase.COMMITTED : Phase.ROLLED_BACK;
            return new UpdateProgress(o.version(), phase, -1, o.reason());
        } catch (IOException e) {
            return null;
        }
    }

    /** Hears the end of a trial started by an earlier agent, e.g. to report it to the fleet manager. */
    public void onOutcome(Consumer<UpdateProgress> listener) {
        outcomeListeners.add(listener);
    }

    @Override
    public void update(UpdateRequest request, Consumer<UpdateProgress> listener) {
        executor.execute(() -> new UpdateRun(request, listener).run());
    }

    private HealthCheck health() {
        return new HealthCheck(context, scr, this::indicators);
    }

    private Collection<HealthIndicator> indicators() {
        return indicators;
    }

    private void keep() {
        try {
            ReleaseState.load(dataDir).commit(System.currentTimeMillis()).save(dataDir);
            LOG.info("Release {} is healthy and kept", running);
            announce(new UpdateProgress(running, Phase.COMMITTED, -1, null));
        } catch (IOException e) {
            LOG.error("Could not record release {} as kept; the watchdog will roll it back", running, e);
        }
    }

    private void undo(String reason, List<String> problems) {
        String detail = reason + ": " + String.join("; ", problems);
        try {
            ReleaseState.load(dataDir).rollBack(detail, System.currentTimeMillis()).save(dataDir);
            LOG.warn("Rolling back release {}: {}", running, detail);
            announce(new UpdateProgress(running, Phase.ROLLED_BACK, -1, detail));
            // the launcher sees the release state change when the framework stops, and boots the previous release
            context.getBundle(0).stop();
        } catch (IOException | BundleException e) {
            LOG.error("Could not roll back release {}; the watchdog will", running, e);
        }
    }

    private void announce(UpdateProgress progress) {
        outcomeListeners.forEach(l -> l.accept(progress));
    }

    /** One update from request to restart. */
    private final class UpdateRun {
        private final UpdateRequest request;
        private final Consumer<UpdateProgress> listener;

        UpdateRun(UpdateRequest request, Consumer<UpdateProgress> listener) {
            this.request = request;
            this.listener = listener;
        }

        void run() {
            String version = request.version();
            if (version.equals(running)) {
                // a fleet manager that did not hear the end of an update asks again: the answer is the same
                report(Phase.COMMITTED, -1, version + " is already running");
                return;
            }
            ArtifactVerifier verifier;
            try {
                verifier = new ArtifactVerifier(TrustedKeys.load(trustedKeysDir()));
                verifier.checkRequest(version, request.signature(), running, request.allowDowngrade());
            } catch (ArtifactException e) {
                report(Phase.REFUSED, -1, e.getMessage());
                return;
            } catch (IOException e) {
                report(Phase.FAILED, -1, "cannot read the trusted keys: " + e.getMessage());
                return;
            }
            try {
                report(Phase.DOWNLOADING, 0, null);
                ArtifactDownloader downloader = new ArtifactDownloader(HttpClient.newHttpClient(),
                        dataDir.resolve("downloads"), config.download_attempts(), Duration.ofSeconds(1));
                Path artifact = downloader.download(request.artifact(), request.sha256(), request.size(),
                        p -> report(Phase.DOWNLOADING, p, null));
                report(Phase.VERIFYING, -1, null);
                ReleaseManifest manifest = verifier.checkArtifact(artifact, version, request.sha256(),
                        request.signature());
                report(Phase.INSTALLING, -1, null);
                new ReleaseStager(dataDir).stage(artifact, manifest, Path.of(context.getProperty(BUNDLES_PROPERTY)),
                        running);
                Baseline.write(dataDir, health().problems());
                long deadline = System.currentTimeMillis() + config.trial_seconds() * 1000L;
                ReleaseState.load(dataDir).startTrial(version, deadline).save(dataDir);
                report(Phase.RESTARTING, -1, "restarting into " + version + " on trial");
                context.getBundle(0).stop();
            } catch (ArtifactException e) {
                report(Phase.REFUSED, -1, e.getMessage());
            } catch (IOException | BundleException e) {
                report(Phase.FAILED, -1, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                report(Phase.FAILED, -1, "interrupted");
            }
        }

        private void report(Phase phase, int percent, String detail) {
            if (phase.isFinal()) {
                LOG.warn("Update to {} {}: {}", request.version(), phase, detail);
            } else if (percent <= 0 || percent == 100) {
                LOG.info("Update to {}: {}{}", request.version(), phase, percent >= 0 ? " " + percent + " %" : "");
            }
            listener.accept(new UpdateProgress(request.version(), phase, percent, detail));
        }

        private Path trustedKeysDir() {
            if (!config.trusted_keys_dir().isEmpty()) {
                return Path.of(config.trusted_keys_dir());
            }
            String configFile = context.getProperty(CONFIG_PROPERTY);
            return configFile == null ? dataDir.resolve("trusted-keys")
                    : Path.of(configFile).toAbsolutePath().getParent().resolve("trusted-keys");
        }
    }
}
