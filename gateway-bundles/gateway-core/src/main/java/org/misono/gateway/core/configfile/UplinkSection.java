package org.misono.gateway.core.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import org.misono.gateway.api.ConfigurationPids;

/**
 * The {@code uplink} section: how the gateway reaches its broker.
 *
 * @param username null for an anonymous connection
 */
public record UplinkSection(String brokerUrl, String username, String password, Duration heartbeat) {

    static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(30);

    static UplinkSection read(FieldReader fields, JsonNode n) {
        fields.onlyKnown(n, "/uplink", "broker", "username", "password", "heartbeat");
        String broker = FieldReader.text(fields.required(n, "/uplink", "broker"));
        if (broker != null && !broker.matches("(tcp|ssl|ws|wss)://[^/\\s]+(:\\d+)?")) {
            fields.problem("/uplink/broker", "is '" + broker
                    + "'; expected a broker URL such as tcp://10.0.0.2:1883 or ssl://broker.city.example:8883");
        }
        Duration heartbeat = fields.duration(n, "/uplink", "heartbeat", DEFAULT_HEARTBEAT);
        return new UplinkSection(broker, FieldReader.text(n.get("username")), FieldReader.text(n.get("password")),
                heartbeat);
    }

    String pid() {
        return ConfigurationPids.UPLINK_MQTT;
    }

    /** Keys as in the uplink's metatype; a leading dot keeps the password out of service properties. */
    Dictionary<String, Object> properties() {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("broker.url", brokerUrl);
        if (username != null) {
            p.put("username", username);
        }
        if (password != null) {
            p.put(".password", password);
        }
        p.put("heartbeat.seconds", (int) Math.max(1, heartbeat.toSeconds()));
        return p;
    }
}
