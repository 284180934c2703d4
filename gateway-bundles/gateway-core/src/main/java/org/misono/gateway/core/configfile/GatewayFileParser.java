package org.misono.gateway.core.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.misono.contract.Topics;
import org.misono.profile.load.InvalidProfileException;
import org.misono.profile.load.LocatedDocument;
import org.misono.profile.load.ProfileProblem;

/**
 * Reads the gateway configuration file. Every problem names the line, the field and what is expected,
 * because the person reading it is a technician at a street cabinet, not the author of this code.
 */
public final class GatewayFileParser {

    static final Duration DEFAULT_POLL = Duration.ofSeconds(5);
    static final Duration DEFAULT_HEARTBEAT = Duration.ofSeconds(30);
    private static final Duration MIN_POLL = Duration.ofMillis(100);

    private LocatedDocument doc;
    private final List<ProfileProblem> problems = new ArrayList<>();

    private GatewayFileParser() {
    }

    public static GatewayFile parse(Path file) throws GatewayConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new GatewayConfigException(List.of(new ProfileProblem(file.toString(), 1, 1, "",
                    "cannot be read: " + e.getMessage())));
        }
        Path base = file.toAbsolutePath().getParent();
        return new GatewayFileParser().read(file.toString(), text, base);
    }

    public static GatewayFile parse(String source, String text, Path baseDir) throws GatewayConfigException {
        return new GatewayFileParser().read(source, text, baseDir);
    }

    private GatewayFile read(String source, String text, Path baseDir) throws GatewayConfigException {
        try {
            doc = LocatedDocument.parse(source, text);
        } catch (InvalidProfileException e) {
            throw new GatewayConfigException(e.problems());
        }
        problems.addAll(doc.parseProblems());
        JsonNode root = doc.root();
        onlyKnown(root, "", "gateway", "profiles", "uplink", "devices");
        JsonNode gateway = required(root, "", "gateway");
        onlyKnown(gateway, "/gateway", "id", "tenant");
        String id = idField(gateway, "/gateway", "id");
        String tenant = idField(gateway, "/gateway", "tenant");
        Path profiles = baseDir.resolve(root.path("profiles").asText("profiles")).normalize();
        GatewayFile.Uplink uplink = uplink(required(root, "", "uplink"));
        List<GatewayFile.Device> devices = devices(root.path("devices"));
        if (!problems.isEmpty()) {
            throw new GatewayConfigException(problems);
        }
        return new GatewayFile(id, tenant, profiles, uplink, devices);
    }

    private GatewayFile.Uplink uplink(JsonNode n) {
        onlyKnown(n, "/uplink", "broker", "username", "password", "heartbeat");
        String broker = text(required(n, "/uplink", "broker"));
        if (broker != null && !broker.matches("(tcp|ssl|ws|wss)://[^/\\s]+(:\\d+)?")) {
            problems.add(doc.problem("/uplink/broker", "is '" + broker
                    + "'; expected a broker URL such as tcp://10.0.0.2:1883 or ssl://broker.city.example:8883"));
        }
        Duration heartbeat = duration(n, "/uplink", "heartbeat", DEFAULT_HEARTBEAT);
        return new GatewayFile.Uplink(broker, text(n.get("username")), text(n.get("password")), heartbeat);
    }

    private List<GatewayFile.Device> devices(JsonNode list) {
        List<GatewayFile.Device> out = new ArrayList<>();
        if (list.isMissingNode()) {
            return out;
        }
        if (!list.isArray()) {
            problems.add(doc.problem("/devices", "expected a list of devices, each starting with '- id:'"));
            return out;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String at = "/devices/" + i;
            JsonNode d = list.get(i);
            onlyKnown(d, at, "id", "profile", "host", "port", "unitId", "pollInterval", "timeout");
            String id = idField(d, at, "id");
            if (id != null && !ids.add(id)) {
                problems.add(doc.problem(at + "/id", "repeats the device id '" + id + "'; each device needs its own"));
            }
            String profile = text(required(d, at, "profile"));
            String host = text(required(d, at, "host"));
            int port = integer(d, at, "port", 502, 1, 65535);
            Integer unitId = d.has("unitId") ? integer(d, at, "unitId", 1, 0, 255) : null;
            Duration poll = duration(d, at, "pollInterval", DEFAULT_POLL);
            if (poll.compareTo(MIN_POLL) < 0) {
                problems.add(doc.problem(at + "/pollInterval", "is shorter than the shortest supported, 100ms"));
            }
            Duration timeout = d.has("timeout") ? duration(d, at, "timeout", null) : null;
            out.add(new GatewayFile.Device(id, profile, host, port, unitId, poll, timeout));
        }
        return out;
    }

    private JsonNode required(JsonNode parent, String at, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            problems.add(doc.problem(at, "'" + field + "' is missing; it is required here"));
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
        return n;
    }

    private String idField(JsonNode parent, String at, String field) {
        String value = text(required(parent, at, field));
        if (value != null && !Topics.isValidId(value)) {
            problems.add(doc.problem(at + "/" + field, "is '" + value
                    + "'; use letters, digits, '-', '_' and '.', at most 64 characters"));
        }
        return value;
    }

    private int integer(JsonNode parent, String at, String field, int fallback, int min, int max) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return fallback;
        }
        if (!n.canConvertToInt() || !n.isIntegralNumber() || n.asInt() < min || n.asInt() > max) {
            problems.add(doc.problem(at + "/" + field, "is " + n + "; expected a whole number from " + min + " to " + max));
            return fallback;
        }
        return n.asInt();
    }

    private Duration duration(JsonNode parent, String at, String field, Duration fallback) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return fallback;
        }
        return DurationText.parse(n.asText()).orElseGet(() -> {
            problems.add(doc.problem(at + "/" + field, "is " + n + "; expected a duration such as 500ms, 5s or 2m"));
            return fallback;
        });
    }

    private void onlyKnown(JsonNode n, String at, String... known) {
        if (!n.isObject()) {
            if (!n.isMissingNode()) {
                problems.add(doc.problem(at, "expected a section with fields " + String.join(", ", known)));
            }
            return;
        }
        Set<String> allowed = Set.of(known);
        n.fieldNames().forEachRemaining(name -> {
            if (!allowed.contains(name)) {
                problems.add(doc.keyProblem(at + "/" + name, "is not a known field; allowed here: "
                        + String.join(", ", known)));
            }
        });
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}
