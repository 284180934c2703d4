package org.misono.gateway.update.internal;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.misono.gateway.api.GatewayConfigurator;
import org.misono.gateway.api.HealthIndicator;
import org.misono.gateway.update.api.ConfigurationService;
import org.misono.gateway.update.api.UpdateProgress;
import org.misono.gateway.update.api.UpdateProgress.Phase;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies remote configurations the way the update agent applies releases: validate first, then apply,
 * then keep the change only once the gateway has been healthy for a stretch; a change that breaks what
 * worked before (a device that stops answering, a component that fails) is undone by the gateway itself.
 */
@Component(configurationPid = "org.misono.update", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class ConfigurationAgent implements ConfigurationService {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationAgent.class);

    @Reference
    private ServiceComponentRuntime scr;

    @Reference
    private GatewayConfigurator configurator;

    private final List<HealthIndicator> indicators = new CopyOnWriteArrayList<>();
    private BundleContext context;
    private UpdateAgentConfig config;
    private ScheduledExecutorService executor;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addIndicator(HealthIndicator indicator) {
        indicators.add(indicator);
    }

    void removeIndicator(HealthIndicator indicator) {
        indicators.remove(indicator);
    }

    @Activate
    void activate(BundleContext context, UpdateAgentConfig config) {
        this.context = context;
        this.config = config;
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "misono-configuration");
            t.setDaemon(true);
            return t;
        });
    }

    @Deactivate
    void deactivate() {
        executor.shutdownNow();
    }

    @Override
    public String runningConfiguration() {
        return configurator.runningVersion();
    }

    @Override
    public void configure(String version, String document, Consumer<UpdateProgress> listener) {
        executor.execute(() -> change(version, document, listener));
    }

    private void change(String version, String document, Consumer<UpdateProgress> listener) {
        if (version.equals(configurator.runningVersion())) {
            listener.accept(new UpdateProgress(version, Phase.COMMITTED, -1, "configuration " + version + " is in force"));
            return;
        }
        List<String> problems = configurator.validate(document);
        if (!problems.isEmpty()) {
            LOG.warn("Configuration {} refused: {}", version, problems);
            listener.accept(new UpdateProgress(version, Phase.REFUSED, -1, String.join("; ", problems)));
            return;
        }
        HealthCheck health = new HealthCheck(context, scr, () -> indicators);
        Set<String> baseline = health.problems().stream().map(HealthCheck.Problem::key).collect(Collectors.toSet());
        try {
            configurator.apply(version, document);
        } catch (RuntimeException e) {
            listener.accept(new UpdateProgress(version, Phase.FAILED, -1, e.getMessage()));
            return;
        }
        listener.accept(new UpdateProgress(version, Phase.INSTALLING, -1, "applied; checking the gateway's health"));
        long deadline = System.currentTimeMillis() + config.trial_seconds() * 1000L;
        new TrialConfirmation(health, baseline, System::currentTimeMillis, config.stable_seconds() * 1000L, deadline,
                () -> {
                    configurator.commit();
                    listener.accept(new UpdateProgress(version, Phase.COMMITTED, -1, null));
                },
                (reason, found) -> {
                    String detail = reason + ": " + String.join("; ", found);
                    configurator.revert(detail);
                    listener.accept(new UpdateProgress(version, Phase.ROLLED_BACK, -1, detail));
                }).start(executor);
    }
}
