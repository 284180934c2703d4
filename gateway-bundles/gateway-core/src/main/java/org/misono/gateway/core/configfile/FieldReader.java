package org.misono.gateway.core.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.misono.contract.Topics;
import org.misono.profile.load.LocatedDocument;
import org.misono.profile.load.ProfileProblem;

/**
 * Reads typed fields out of the configuration file and collects every problem with its line and field,
 * so a technician sees all mistakes at once instead of one per start.
 */
final class FieldReader {

    private final LocatedDocument doc;
    private final List<ProfileProblem> problems;

    FieldReader(LocatedDocument doc, List<ProfileProblem> problems) {
        this.doc = doc;
        this.problems = problems;
    }

    void problem(String pointer, String message) {
        problems.add(doc.problem(pointer, message));
    }

    JsonNode required(JsonNode parent, String at, String field) {
        JsonNode n = parent.get(field);
        if (n == null || n.isNull()) {
            problem(at, "'" + field + "' is missing; it is required here");
            return MissingNode.getInstance();
        }
        return n;
    }

    /** An id that becomes part of MQTT topics. */
    String id(JsonNode parent, String at, String field) {
        String value = text(required(parent, at, field));
        if (value != null && !Topics.isValidId(value)) {
            problem(at + "/" + field, "is '" + value + "'; use letters, digits, '-', '_' and '.', at most 64 characters");
        }
        return value;
    }

    int integer(JsonNode parent, String at, String field, int fallback, int min, int max) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return fallback;
        }
        if (!n.isIntegralNumber() || !n.canConvertToInt() || n.asInt() < min || n.asInt() > max) {
            problem(at + "/" + field, "is " + n + "; expected a whole number from " + min + " to " + max);
            return fallback;
        }
        return n.asInt();
    }

    /** A duration as technicians write them (500ms, 5s, 2m, 1h); {@code fallback} when absent. */
    Duration duration(JsonNode parent, String at, String field, Duration fallback) {
        JsonNode n = parent.get(field);
        if (n == null) {
            return fallback;
        }
        return DurationText.parse(n.asText()).orElseGet(() -> {
            problem(at + "/" + field, "is " + n + "; expected a duration such as 500ms, 5s or 2m");
            return fallback;
        });
    }

    /** Reports every field of a section that is not one of {@code known}. */
    void onlyKnown(JsonNode n, String at, String... known) {
        if (!n.isObject()) {
            if (!n.isMissingNode()) {
                problem(at, "expected a section with fields " + String.join(", ", known));
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

    static String text(JsonNode n) {
        return n == null || n.isMissingNode() || n.isNull() ? null : n.asText();
    }
}
