package org.misono.it;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.osgi.framework.BundleContext;

/** Asks the update agent running inside the framework for an update, and keeps what it reports. */
final class UpdateAgentClient {

    /** The phases reported, e.g. "DOWNLOADING 100" or "REFUSED the signature does not verify...". */
    final List<String> progress = new CopyOnWriteArrayList<>();

    void update(BundleContext context, String version, URI artifact, String sha256, String signature, long size)
            throws Exception {
        FrameworkService agent = FrameworkService.of(context, "org.misono.gateway.update.api.UpdateService");
        Object request = agent.type("org.misono.gateway.update.api.UpdateRequest")
                .getConstructor(String.class, URI.class, String.class, String.class, long.class, boolean.class)
                .newInstance(version, artifact, sha256, signature, size, false);
        Consumer<Object> listener = p -> progress.add(FrameworkService.describeProgress(p));
        agent.call("update", request, listener);
    }

    boolean ended() {
        return progress.stream().anyMatch(p -> p.startsWith("REFUSED") || p.startsWith("FAILED")
                || p.startsWith("RESTARTING"));
    }
}
