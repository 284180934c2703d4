package org.misono.gateway.api;

/**
 * Something that happened to a device, reported once when it happens (not on every poll).
 *
 * @param reason what an operator should know, e.g. "connection refused by 10.0.0.7:502"
 */
public record DeviceEvent(Type type, String reason, long timestamp) {

    public enum Type {
        ONLINE("device.online"),
        OFFLINE("device.offline");

        private final String wireName;

        Type(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }
}
