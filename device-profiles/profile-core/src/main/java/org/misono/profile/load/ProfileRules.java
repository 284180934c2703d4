package org.misono.profile.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.misono.profile.DataType;
import org.misono.profile.DeviceProfile;
import org.misono.profile.ModbusSettings;
import org.misono.profile.Point;
import org.misono.profile.RegisterRange;
import org.misono.profile.RegisterTable;
import org.misono.profile.load.ProfileBinder.LocatedPoint;

/**
 * The rules a JSON Schema cannot express: how fields of one point fit together, and how points fit
 * into the device's register map. A problem in a group template is reported once, not once per instance.
 */
final class ProfileRules {

    private final LocatedDocument tree;
    private final Set<ProfileProblem> problems = new LinkedHashSet<>();

    private ProfileRules(LocatedDocument tree) {
        this.tree = tree;
    }

    static List<ProfileProblem> check(LocatedDocument tree, ProfileBinder.Bound bound) {
        ProfileRules rules = new ProfileRules(tree);
        rules.checkHasPoints(bound.profile());
        rules.checkStrides();
        for (LocatedPoint lp : bound.points()) {
            rules.checkFieldsFit(lp);
            rules.checkFitsInRequest(lp, bound.profile().modbus());
        }
        rules.checkUniqueIds(bound.points());
        rules.checkNoOverlap(bound.points());
        rules.checkNoRead(bound.points(), bound.profile().modbus());
        return new ArrayList<>(rules.problems);
    }

    private void add(String pointer, String message) {
        problems.add(tree.problem(pointer, message));
    }

    private void checkHasPoints(DeviceProfile profile) {
        if (profile.points().isEmpty()) {
            add("", "declares no points; add 'points' or 'groups' with at least one point");
        }
    }

    private void checkStrides() {
        JsonNode groups = tree.root().path("groups");
        for (int g = 0; g < groups.size(); g++) {
            JsonNode group = groups.get(g);
            JsonNode templates = group.path("points");
            for (int i = 0; i < templates.size(); i++) {
                String table = templates.get(i).path("register").path("table").asText();
                if (group.path("count").asInt() > 1 && !group.path("stride").has(table)) {
                    add("/groups/" + g + "/stride", "has no entry for table '" + table + "', used by point '"
                            + templates.get(i).path("id").asText() + "'; say how far apart its instances are, e.g. "
                            + table + ": 1");
                }
            }
        }
    }

    private void checkFieldsFit(LocatedPoint lp) {
        Point p = lp.point();
        String at = lp.pointer();
        RegisterTable table = p.register().table();
        DataType type = p.type();
        if (table.isBits() && type != DataType.BOOL) {
            add(at + "/type", "is " + type.yamlName() + ", but a " + table.yamlName()
                    + " holds a single bit; use type bool or a register table (input, holding)");
        }
        if (type == DataType.STRING && p.length() == 0) {
            add(at, "is a string without 'length'; give its size in bytes (characters)");
        }
        if (type != DataType.STRING && p.length() != 0) {
            add(at + "/length", "applies only to strings; remove it or make the type string");
        }
        if (p.bit() != null && (type != DataType.BOOL || table.isBits())) {
            add(at + "/bit", "picks one bit of a register, so it needs type bool in an input or holding register");
        }
        if (p.bit() != null && p.bit() >= 16 * p.addressCount()) {
            add(at + "/bit", "is " + p.bit() + ", past the " + 16 * p.addressCount() + " bits the point spans");
        }
        if (type == DataType.BOOL && !table.isBits() && p.bit() == null) {
            add(at, "is a bool in a register; say which bit with 'bit' (0 = least significant)");
        }
        if ((p.mask() != null || p.shift() != 0) && !type.isInteger()) {
            add(at + (p.mask() != null ? "/mask" : "/shift"), "applies only to integer types, not "
                    + type.yamlName());
        }
        if (p.isEnum() && !type.isInteger()) {
            add(at + "/enum", "maps integer values to labels, so the type must be an integer type, not "
                    + type.yamlName());
        }
        if (p.isEnum() && p.isScaled()) {
            add(at, "has both 'enum' and 'scale'/'offset'; an enumeration is not scaled, remove one");
        }
        if (p.isScaled() && !type.isNumeric()) {
            add(at + "/scale", "applies only to numbers, not " + type.yamlName());
        }
        if (p.access().canWrite() && !table.isWritable()) {
            add(at + "/access", "says the point is writable, but Modbus has no write for a " + table.yamlName()
                    + "; use a coil or holding register, or access: read");
        }
    }

    private void checkFitsInRequest(LocatedPoint lp, ModbusSettings modbus) {
        Point p = lp.point();
        int limit = modbus.maxPerRequest(p.register().table());
        if (p.addressCount() > limit) {
            add(lp.pointer(), "spans " + p.addressCount() + " registers but one request reads at most " + limit
                    + "; shorten it or raise modbus.maxRegistersPerRequest");
        }
        if (p.register().address() + p.addressCount() > 0x10000) {
            add(lp.pointer() + "/register/address", p.id() + " runs past the last address 65535");
        }
    }

    private void checkUniqueIds(List<LocatedPoint> points) {
        Map<String, LocatedPoint> seen = new HashMap<>();
        for (LocatedPoint lp : points) {
            LocatedPoint earlier = seen.putIfAbsent(lp.point().id(), lp);
            if (earlier != null) {
                add(lp.pointer() + "/id", "repeats the point id '" + lp.point().id() + "' already used at "
                        + FieldPath.of(earlier.pointer()) + "; ids must be unique within a profile");
            }
        }
    }

    private void checkNoOverlap(List<LocatedPoint> points) {
        List<LocatedPoint> readable = points.stream().filter(lp -> lp.point().access().canRead()).toList();
        for (int i = 0; i < readable.size(); i++) {
            for (int j = i + 1; j < readable.size(); j++) {
                Point a = readable.get(i).point();
                Point b = readable.get(j).point();
                boolean sharedBits = a.isBitField() && b.isBitField();
                if (a.span().overlaps(b.span()) && !sharedBits) {
                    add(readable.get(j).pointer() + "/register", b.id() + " at " + b.span() + " overlaps " + a.id()
                            + " at " + a.span() + "; only bit fields ('bit' or 'mask') may share a register");
                }
            }
        }
    }

    private void checkNoRead(List<LocatedPoint> points, ModbusSettings modbus) {
        for (LocatedPoint lp : points) {
            for (RegisterRange forbidden : modbus.noRead()) {
                if (lp.point().access().canRead() && forbidden.overlaps(lp.point().span())) {
                    add(lp.pointer() + "/register", lp.point().id() + " at " + lp.point().span()
                            + " lies in " + forbidden + ", which modbus.noRead forbids reading");
                }
            }
        }
    }
}
