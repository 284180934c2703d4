package org.misono.it;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * A service inside the gateway's framework, called from the test. Its API classes are loaded by a bundle,
 * not by this test's class loader, so calls go by method name and reflection.
 */
final class FrameworkService {

    private final Object service;
    private final Bundle provider;

    private FrameworkService(Object service, Bundle provider) {
        this.service = service;
        this.provider = provider;
    }

    static FrameworkService of(BundleContext context, String interfaceName) throws Exception {
        ServiceReference<?>[] refs = context.getAllServiceReferences(interfaceName, null);
        if (refs == null) {
            throw new IllegalStateException("no " + interfaceName + " in the framework");
        }
        return new FrameworkService(context.getService(refs[0]), refs[0].getBundle());
    }

    /** A class as the providing bundle sees it, e.g. to build an argument. */
    Class<?> type(String className) throws ClassNotFoundException {
        return provider.loadClass(className);
    }

    Object call(String method, Object... args) throws Exception {
        Method m = Arrays.stream(service.getClass().getMethods())
                .filter(x -> x.getName().equals(method) && x.getParameterCount() == args.length)
                .findFirst().orElseThrow(() -> new NoSuchMethodException(method));
        return m.invoke(service, args);
    }

    /** "PHASE percent detail" of an UpdateProgress. */
    static String describeProgress(Object progress) {
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
