package org.misono.it;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Asks the update agent running inside the framework for an update. Its API classes are loaded by the
 * agent's bundle, not by this test's class loader, so they are reached by reflection.
 */
final class UpdateAgentClient {

    private static final String SERVICE = "org.misono.gateway.update.api.UpdateService";
    private static final String REQUEST = "org.misono.gateway.update.api.UpdateRequest";

    /** The phases reported, e.g. "DOWNLOADING 100" or "REFUSED the signature does not verify...". */
    final List<String> progress = new CopyOnWriteArrayList<>();

    void update(BundleContext context, String version, URI artifact, String sha256, String signature, long size)
            throws Exception {
        ServiceReference<?>[] refs = context.getAllServiceReferences(SERVICE, null);
        if (refs == null) {
            throw new IllegalStateException("no update agent is running");
        }
        Bundle agent = refs[0].getBundle();
        Object service = context.getService(refs[0]);
        Class<?> requestType = agent.loadClass(REQUEST);
        Constructor<?> constructor = requestType.getConstructor(String.class, URI.class, String.class, String.class,
                long.class, boolean.class);
        Object request = constructor.newInstance(version, artifact, sha256, signature, size, false);
        Consumer<Object> listener = p -> progress.add(describe(p));
        Method update = service.getClass().getMethod("update", requestType, Consumer.class);
        update.invoke(service, request, listener);
    }

    boolean ended() {
        return progress.stream().anyMatch(p -> p.startsWith("REFUSED") || p.startsWith("FAILED")
                || p.startsWith("RESTARTING"));
    }

    private static String describe(Object progress) {
        try {
            Object phase = progress.getClass().getMethod("phase").invoke(progress);
            Object percent = progress.getClass().getMethod("percent").invoke(progress);
            Object detail = progress.getClass().getMethod("detail").invoke(progress);
            return phase + ((Integer) percent >= 0 ? " " + percent : "") + (detail != null ? " " + detail : "");
        } catch (ReflectiveOperationException e) {
            return String.valueOf(progress);
        }
    }
}
