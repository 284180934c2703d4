package org.misono.it;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * Reads Declarative Services state from inside the framework. The ServiceComponentRuntime API and its DTOs
 * are loaded by a bundle in there, not by this test's class loader, so they are read by reflection: a cast
 * would fail across the two class loaders.
 */
final class ScrComponents {

    /** SCR's own state codes (ComponentConfigurationDTO). */
    static final int SATISFIED = 4;
    static final int ACTIVE = 8;

    record Component(String name, String implementation, int configurations, List<Integer> states,
            List<String> unsatisfiedReferences) {

        boolean healthy() {
            return states.stream().allMatch(s -> s == SATISFIED || s == ACTIVE);
        }
    }

    private ScrComponents() {
    }

    static List<Component> of(BundleContext context) throws ReflectiveOperationException, InvalidSyntaxException {
        // getAllServiceReferences: the class-space filtered variant would hide a service whose API class
        // differs from the one this test's class loader sees
        ServiceReference<?>[] found = context.getAllServiceReferences(
                "org.osgi.service.component.runtime.ServiceComponentRuntime", null);
        if (found == null) {
            throw new IllegalStateException("no ServiceComponentRuntime: Felix SCR is not running");
        }
        ServiceReference<?> ref = found[0];
        Object scr = context.getService(ref);
        try {
            Object descriptions = scr.getClass().getMethod("getComponentDescriptionDTOs", Bundle[].class)
                    .invoke(scr, (Object) new Bundle[0]);
            List<Component> out = new ArrayList<>();
            for (Object description : (Iterable<?>) descriptions) {
                Object configs = scr.getClass().getMethod("getComponentConfigurationDTOs",
                        description.getClass()).invoke(scr, description);
                List<Integer> states = new ArrayList<>();
                List<String> unsatisfied = new ArrayList<>();
                for (Object config : (Iterable<?>) configs) {
                    states.add((Integer) field(config, "state"));
                    Object refs = field(config, "unsatisfiedReferences");
                    for (int i = 0; i < Array.getLength(refs); i++) {
                        unsatisfied.add((String) field(Array.get(refs, i), "name"));
                    }
                }
                out.add(new Component((String) field(description, "name"),
                        (String) field(description, "implementationClass"), states.size(), states, unsatisfied));
            }
            return out;
        } finally {
            context.ungetService(ref);
        }
    }

    private static Object field(Object dto, String name) throws ReflectiveOperationException {
        Field f = dto.getClass().getField(name);
        return f.get(dto);
    }
}
