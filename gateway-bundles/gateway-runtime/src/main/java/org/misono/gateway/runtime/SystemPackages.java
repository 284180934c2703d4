package org.misono.gateway.runtime;

/**
 * Packages the framework's class path lends to bundles. SLF4J is provided from here rather than as a
 * bundle: slf4j 2 binds through ServiceLoader, which needs an SPI Fly bundle inside OSGi, and third-party
 * bundles import it either as 1.7 (Californium) or 2.x (the JSON Schema validator). The API they use is the
 * same, so the one copy is exported under both versions.
 */
final class SystemPackages {

    private static final String SLF4J_2 = "2.0.17";
    private static final String SLF4J_1 = "1.7.36";
    private static final String[] SLF4J_PACKAGES = {"org.slf4j", "org.slf4j.event", "org.slf4j.helpers", "org.slf4j.spi"};

    private SystemPackages() {
    }

    static String extra() {
        StringBuilder out = new StringBuilder();
        for (String pkg : SLF4J_PACKAGES) {
            for (String version : new String[] {SLF4J_2, SLF4J_1}) {
                if (out.length() > 0) {
                    out.append(',');
                }
                out.append(pkg).append(";version=").append(version);
            }
        }
        return out.toString();
    }
}
