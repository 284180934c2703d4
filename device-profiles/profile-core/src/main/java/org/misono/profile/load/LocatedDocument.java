package org.misono.profile.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML or JSON document that remembers where every value stood in the file, so any problem
 * found later (by the schema, by rules, by a configuration reader) can name its line and column. Jackson's tree model forgets
 * locations, and schema validators report JSON pointers, so this keeps the map between the two.
 */
public final class LocatedDocument {

    private final String source;
    private final JsonNode root;
    private final Map<String, JsonLocation> locations;
    private final Map<String, JsonLocation> keyLocations;
    private final List<ProfileProblem> parseProblems;

    private LocatedDocument(String source, JsonNode root, Builder built) {
        this.source = source;
        this.root = root;
        this.locations = built.locations;
        this.keyLocations = built.keyLocations;
        this.parseProblems = built.problems;
    }

    static LocatedDocument parse(String source, JsonParser parser) throws InvalidProfileException {
        Builder builder = new Builder(source, parser);
        try (parser) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InvalidProfileException(List.of(
                        new ProfileProblem(source, 1, 1, "", "the file is empty; expected a device profile")));
            }
            JsonNode root = builder.value("");
            return new LocatedDocument(source, root, builder);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String reason = e.getOriginalMessage();
            throw new InvalidProfileException(List.of(new ProfileProblem(source,
                    at == null ? 1 : Math.max(1, at.getLineNr()), at == null ? 1 : Math.max(1, at.getColumnNr()),
                    "", "not well-formed: " + reason)));
        } catch (IOException e) {
            throw new InvalidProfileException(List.of(
                    new ProfileProblem(source, 1, 1, "", "cannot be read: " + e.getMessage())));
        }
    }

    /** Parses YAML text, or JSON when {@code source} ends in .json. */
    public static LocatedDocument parse(String source, String text) throws InvalidProfileException {
        try {
            JsonParser parser = source.endsWith(".json")
                    ? new JsonFactory().createParser(new StringReader(text))
                    : new YAMLFactory().createParser(new StringReader(text));
            return parse(source, parser);
        } catch (IOException e) {
            throw new InvalidProfileException(List.of(new ProfileProblem(source, 1, 1, "", "cannot be read: " + e)));
        }
    }

    public String source() {
        return source;
    }

    public JsonNode root() {
        return root;
    }

    /** Problems the parser tolerated but a vendor must hear about, such as a key given twice. */
    public List<ProfileProblem> parseProblems() {
        return parseProblems;
    }

    /** A problem at the given pointer, placed at the nearest enclosing value the file has. */
    public ProfileProblem problem(String pointer, String message) {
        return problemAt(locate(pointer), pointer, message);
    }

    /** A problem with a field's name rather than its value, e.g. a misspelt key. */
    public ProfileProblem keyProblem(String pointer, String message) {
        JsonLocation key = keyLocations.get(pointer);
        return problemAt(key != null ? key : locate(pointer), pointer, message);
    }

    private ProfileProblem problemAt(JsonLocation at, String pointer, String message) {
        return new ProfileProblem(source, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()),
                FieldPath.of(pointer), message);
    }

    private JsonLocation locate(String pointer) {
        String p = pointer;
        while (true) {
            JsonLocation at = locations.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return JsonLocation.NA;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    private static final class Builder {
        private final String source;
        private final JsonParser parser;
        private final Map<String, JsonLocation> locations = new HashMap<>();
        private final Map<String, JsonLocation> keyLocations = new HashMap<>();
        private final List<ProfileProblem> problems = new ArrayList<>();
        private final JsonNodeFactory nodes = JsonNodeFactory.instance;

        Builder(String source, JsonParser parser) {
            this.source = source;
            this.parser = parser;
        }

        JsonNode value(String pointer) throws IOException {
            JsonLocation at = parser.currentTokenLocation();
            locations.put(pointer, at);
            JsonToken token = parser.currentToken();
            switch (token) {
                case START_OBJECT:
                    return object(pointer);
                case START_ARRAY:
                    return array(pointer);
                case VALUE_STRING:
                    return nodes.textNode(parser.getText());
                case VALUE_NUMBER_INT:
                    return nodes.numberNode(parser.getBigIntegerValue());
                case VALUE_NUMBER_FLOAT:
                    return nodes.numberNode(parser.getDecimalValue());
                case VALUE_TRUE:
                case VALUE_FALSE:
                    return nodes.booleanNode(parser.getBooleanValue());
                case VALUE_NULL:
                    return nodes.nullNode();
                default:
                    throw new IOException("unexpected " + token + " at " + at);
            }
        }

        private ObjectNode object(String pointer) throws IOException {
            ObjectNode object = nodes.objectNode();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonLocation keyAt = parser.currentTokenLocation();
                String child = FieldPath.child(pointer, name);
                keyLocations.put(child, keyAt);
                parser.nextToken();
                if (object.has(name)) {
                    problems.add(new ProfileProblem(source, keyAt.getLineNr(), keyAt.getColumnNr(),
                            FieldPath.of(child), "is given twice; keep only one"));
                }
                object.set(name, value(child));
            }
            return object;
        }

        private ArrayNode array(String pointer) throws IOException {
            ArrayNode array = nodes.arrayNode();
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                array.add(value(FieldPath.child(pointer, index++)));
            }
            return array;
        }
    }
}
