package org.misono.gateway.core.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code devices} list. Each entry's fields say which kind of device it is (today: {@code host} for
 * Modbus TCP); each kind is read by its own method, so adding a protocol adds a method, not a branch in
 * every other one.
 */
final class DevicesSection {

    static final Duration DEFAULT_POLL = Duration.ofSeconds(5);
    private static final Duration MIN_POLL = Duration.ofMillis(100);

    private final FieldReader fields;

    DevicesSection(FieldReader fields) {
        this.fields = fields;
    }

    List<DeviceConfig> read(JsonNode list) {
        List<DeviceConfig> out = new ArrayList<>();
        if (list.isMissingNode()) {
            return out;
        }
        if (!list.isArray()) {
            fields.problem("/devices", "expected a list of devices, each starting with '- id:'");
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/devices/" + i;
            DeviceConfig device = modbusTcp(list.get(i), at);
            if (device.id() != null && !ids.add(device.id())) {
                fields.problem(at + "/id", "repeats the device id '" + device.id() + "'; each device needs its own");
            }
            out.add(device);
        }
        return out;
    }

    private ModbusTcpDevice modbusTcp(JsonNode d, String at) {
        fields.onlyKnown(d, at, "id", "profile", "host", "port", "unitId", "pollInterval", "timeout");
        String id = fields.id(d, at, "id");
        String profile = FieldReader.text(fields.required(d, at, "profile"));
        String host = FieldReader.text(fields.required(d, at, "host"));
        int port = fields.integer(d, at, "port", 502, 1, 65535);
        Integer unitId = d.has("unitId") ? fields.integer(d, at, "unitId", 1, 0, 255) : null;
        Duration poll = pollInterval(d, at);
        Duration timeout = d.has("timeout") ? fields.duration(d, at, "timeout", null) : null;
        return new ModbusTcpDevice(id, profile, host, port, unitId, poll, timeout);
    }

    private Duration pollInterval(JsonNode d, String at) {
        Duration poll = fields.duration(d, at, "pollInterval", DEFAULT_POLL);
        if (poll.compareTo(MIN_POLL) < 0) {
            fields.problem(at + "/pollInterval", "is shorter than the shortest supported, 100ms");
        }
        return poll;
    }
}
