package org.misono.gateway.update.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.misono.gateway.api.HealthIndicator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The gateway's own verdict on itself: every bundle started, every configured component satisfied, and
 * every {@link HealthIndicator} (uplink connected, devices answering...) healthy.
 */
final class HealthCheck {

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final Supplier<Collection<HealthIndicator>> indicators;

    HealthCheck(BundleContext context, ServiceComponentRuntime scr, Supplier<Collection<HealthIndicator>> indicators) {
        this.context = context;
        this.scr = scr;
        this.indicators = indicators;
    }

    /**
     * Something wrong. A {@code lasting} problem cannot go away by waiting (a bundle that does not resolve,
     * a component whose activation threw); the others may (an uplink still connecting).
     */
    record Problem(String key, String text, boolean lasting) {
    }

    /** What is wrong now, except what was already wrong before the change ({@code baseline} keys). */
    List<Problem> problemsBeyond(Set<String> baseline) {
        return problems().stream().filter(p -> !baseline.contains(p.key())).toList();
    }

    /** What is wrong; empty when healthy. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            boolean fragment = b.getHeaders().get(Constants.FRAGMENT_HOST) != null;
            if (!fragment && b.getState() != Bundle.ACTIVE) {
                problems.add(new Problem("bundle " + b.getSymbolicName(), "bundle " + b.getSymbolicName() + " "
                        + b.getVersion() + " is not active ("
                        + state(b.getState()) + ")", b.getState() == Bundle.INSTALLED));
            }
        }
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs()) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                if (c.state == ComponentConfigurationDTO.FAILED_ACTIVATION) {
                    problems.add(new Problem("component " + d.name, "component " + d.name + " failed to activate: "
                            + c.failure, true));
                } else if (c.state == ComponentConfigurationDTO.UNSATISFIED_REFERENCE) {
                    List<String> missing = new ArrayList<>();
                    for (var r : c.unsatisfiedReferences) {
                        missing.add(r.name);
                    }
                    problems.add(new Problem("component " + d.name, "component " + d.name + " lacks "
                            + String.join(", ", missing), false));
                }
            }
        }
        for (HealthIndicator indicator : indicators.get()) {
            HealthIndicator.Health health = indicator.check();
            if (!health.healthy()) {
                problems.add(new Problem(indicator.name(), indicator.name() + ": " + health.detail(), false));
            }
        }
        return problems;
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.INSTALLED -> "installed: its requirements are not met";
            case Bundle.RESOLVED -> "resolved but not started";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            default -> "state " + state;
        };
    }
}
