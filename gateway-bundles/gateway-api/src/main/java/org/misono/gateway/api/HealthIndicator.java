package org.misono.gateway.api;

/**
 * One part of the gateway's health, e.g. "uplink connected" or "devices answer". After a release or a
 * configuration change the gateway checks every indicator before it keeps the change; any that stays
 * unhealthy makes the gateway undo it.
 */
public interface HealthIndicator {

    /** Short, stable, e.g. {@code uplink}. */
    String name();

    Health check();

    /** @param detail why not healthy, in words an operator can act on; may say what is fine too */
    record Health(boolean healthy, String detail) {

        public static Health up() {
            return new Health(true, null);
        }

        public static Health down(String detail) {
            return new Health(false, detail);
        }
    }
}
