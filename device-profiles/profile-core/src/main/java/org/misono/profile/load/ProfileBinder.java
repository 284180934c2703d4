package org.misono.profile.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.misono.profile.Access;
import org.misono.profile.DataType;
import org.misono.profile.DeviceClass;
import org.misono.profile.DeviceProfile;
import org.misono.profile.Endianness;
import org.misono.profile.ModbusSettings;
import org.misono.profile.Point;
import org.misono.profile.Protocol;
import org.misono.profile.RegisterAddress;
import org.misono.profile.RegisterRange;
import org.misono.profile.RegisterTable;

/** Turns a schema-valid document into the model, expanding groups into one point per instance. */
final class ProfileBinder {

    /** A point together with the place in the file it was declared, for later messages. */
    record LocatedPoint(Point point, String pointer) {
    }

    record Bound(DeviceProfile profile, List<LocatedPoint> points, List<ProfileProblem> problems) {
    }

    private final LocatedDocument tree;
    private final List<ProfileProblem> problems = new ArrayList<>();

    private ProfileBinder(LocatedDocument tree) {
        this.tree = tree;
    }

    static Bound bind(LocatedDocument tree) {
        return new ProfileBinder(tree).bind();
    }

    private Bound bind() {
        JsonNode root = tree.root();
        ModbusSettings modbus = modbusSettings(root.path("modbus"));
        List<LocatedPoint> points = new ArrayList<>();
        JsonNode declared = root.path("points");
        for (int i = 0; i < declared.size(); i++) {
            points.add(new LocatedPoint(point(declared.get(i), "/points/" + i, modbus, null, null, 0, ""),
                    "/points/" + i));
        }
        JsonNode groups = root.path("groups");
        for (int g = 0; g < groups.size(); g++) {
            points.addAll(expand(groups.get(g), "/groups/" + g, modbus));
        }
        DeviceProfile profile = new DeviceProfile(
                root.path("id").asText(),
                root.path("vendor").asText(),
                root.path("model").asText(),
                root.path("version").asText(),
                DeviceClass.fromYaml(root.path("deviceClass").asText()),
                root.path("description").asText(""),
                Protocol.fromYaml(root.path("protocol").asText()),
                modbus,
                points.stream().map(LocatedPoint::point).toList(),
                tree.source());
        return new Bound(profile, points, problems);
    }

    private List<LocatedPoint> expand(JsonNode group, String pointer, ModbusSettings modbus) {
        String groupId = group.path("id").asText();
        int count = group.path("count").asInt();
        int first = group.path("first").asInt(1);
        int width = Math.max(2, String.valueOf(first + count - 1).length());
        Map<RegisterTable, Integer> stride = new LinkedHashMap<>();
        group.path("stride").fields().forEachRemaining(
                e -> stride.put(RegisterTable.fromYaml(e.getKey()), e.getValue().asInt()));
        List<LocatedPoint> out = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int instance = first + k;
            String prefix = groupId + String.format("%0" + width + "d", instance) + ".";
            JsonNode templates = group.path("points");
            for (int i = 0; i < templates.size(); i++) {
                JsonNode template = templates.get(i);
                RegisterTable table = RegisterTable.fromYaml(template.path("register").path("table").asText());
                // a table missing from the stride is reported by ProfileRules; bind it without offset
                int delta = stride.getOrDefault(table, 0) * k;
                String at = pointer + "/points/" + i;
                out.add(new LocatedPoint(point(template, at, modbus, groupId, instance, delta, prefix), at));
            }
        }
        return out;
    }

    private Point point(JsonNode n, String pointer, ModbusSettings modbus, String group, Integer instance,
            int delta, String idPrefix) {
        String id = idPrefix + n.path("id").asText();
        RegisterTable table = RegisterTable.fromYaml(n.path("register").path("table").asText());
        int address = n.path("register").path("address").asInt() + delta;
        if (address > 0xFFFF) {
            problems.add(tree.problem(pointer + "/register/address", "puts " + id + " at address " + address
                    + ", past the last address 65535; lower the address or the group's stride"));
            address = 0xFFFF;
        }
        DataType type = DataType.fromYaml(n.path("type").asText());
        Map<Long, String> labels = new LinkedHashMap<>();
        n.path("enum").fields().forEachRemaining(e -> labels.put(Long.parseLong(e.getKey()), e.getValue().asText()));
        String name = n.hasNonNull("name") ? n.path("name").asText() : id;
        if (instance != null) {
            name = name.replace("{n}", String.valueOf(instance));
        }
        return new Point(
                id,
                name,
                n.path("description").asText(""),
                n.hasNonNull("semantic") ? n.path("semantic").asText() : null,
                group,
                instance,
                new RegisterAddress(table, address),
                type,
                n.path("length").asInt(0),
                n.has("byteOrder") ? Endianness.fromYaml(n.path("byteOrder").asText()) : modbus.byteOrder(),
                n.has("wordOrder") ? Endianness.fromYaml(n.path("wordOrder").asText()) : modbus.wordOrder(),
                n.has("bit") ? n.path("bit").asInt() : null,
                n.has("mask") ? n.path("mask").asLong() : null,
                n.path("shift").asInt(0),
                n.path("scale").asDouble(1.0),
                n.path("offset").asDouble(0.0),
                n.hasNonNull("unit") ? n.path("unit").asText() : null,
                labels,
                n.has("access") ? Access.fromYaml(n.path("access").asText()) : Access.READ);
    }

    private static ModbusSettings modbusSettings(JsonNode m) {
        ModbusSettings d = ModbusSettings.defaults();
        List<RegisterRange> noRead = new ArrayList<>();
        for (JsonNode r : m.path("noRead")) {
            noRead.add(new RegisterRange(RegisterTable.fromYaml(r.path("table").asText()),
                    r.path("start").asInt(), r.path("count").asInt()));
        }
        return new ModbusSettings(
                m.path("unitId").asInt(d.unitId()),
                m.path("defaultPort").asInt(d.defaultPort()),
                m.has("byteOrder") ? Endianness.fromYaml(m.path("byteOrder").asText()) : d.byteOrder(),
                m.has("wordOrder") ? Endianness.fromYaml(m.path("wordOrder").asText()) : d.wordOrder(),
                m.path("timeoutMs").asInt(d.timeoutMs()),
                m.path("maxRegistersPerRequest").asInt(d.maxRegistersPerRequest()),
                m.path("maxBitsPerRequest").asInt(d.maxBitsPerRequest()),
                m.path("maxGap").asInt(d.maxGap()),
                m.path("maxInFlight").asInt(d.maxInFlight()),
                noRead);
    }
}
