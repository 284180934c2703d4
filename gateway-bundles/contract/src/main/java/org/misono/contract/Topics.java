package org.misono.contract;

import java.util.Optional;

/**
 * Topic names of the native dialect:
 * {@code misono/v1/<tenant>/<gateway>/<channel>} for the gateway and
 * {@code misono/v1/<tenant>/<gateway>/device/<device>/<channel>} for its devices.
 */
public final class Topics {

    public static final String ROOT = "misono/v1";

    /** Everything every gateway sends; what the fleet manager subscribes to. */
    public static final String ALL = ROOT + "/#";

    private Topics() {
    }

    public static String gateway(String tenant, String gateway, Channel channel) {
        if (channel.perDevice()) {
            throw new IllegalArgumentException(channel + " is a device channel");
        }
        return ROOT + "/" + segment(tenant) + "/" + segment(gateway) + "/" + channel.segment();
    }

    public static String device(String tenant, String gateway, String device, Channel channel) {
        if (!channel.perDevice()) {
            throw new IllegalArgumentException(channel + " is a gateway channel");
        }
        return ROOT + "/" + segment(tenant) + "/" + segment(gateway) + "/device/" + segment(device) + "/"
                + channel.segment();
    }

    /** Everything one gateway may publish, e.g. for its broker ACL. */
    public static String gatewayTree(String tenant, String gateway) {
        return ROOT + "/" + segment(tenant) + "/" + segment(gateway) + "/#";
    }

    /** The parts of a native-dialect topic, or empty for any other topic. */
    public static Optional<TopicAddress> parse(String topic) {
        String[] s = topic.split("/", -1);
        if (s.length < 5 || !"misono".equals(s[0]) || !"v1".equals(s[1])) {
            return Optional.empty();
        }
        if (s.length == 5) {
            return Channel.of(s[4], false).map(c -> new TopicAddress(s[2], s[3], null, c));
        }
        if (s.length == 7 && "device".equals(s[4])) {
            return Channel.of(s[6], true).map(c -> new TopicAddress(s[2], s[3], s[5], c));
        }
        return Optional.empty();
    }

    /** Ids become topic segments, so they must not hold MQTT's separators or wildcards. */
    static String segment(String id) {
        if (!isValidId(id)) {
            throw new IllegalArgumentException("'" + id + "' cannot be used in a topic: use letters, digits, '-', '_' "
                    + "and '.', at most 64 characters");
        }
        return id;
    }

    public static boolean isValidId(String id) {
        return id != null && id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    }
}
