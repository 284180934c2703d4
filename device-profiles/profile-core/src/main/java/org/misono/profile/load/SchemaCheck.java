package org.misono.profile.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/** Checks a document against the published JSON Schema, the one vendors' editors use too. */
final class SchemaCheck {

    static final String SCHEMA_RESOURCE = "device-profile-v1.schema.json";

    private final JsonNode schemaJson;
    private final JsonSchema schema;

    SchemaCheck() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .build();
        // errorMessage holds our vendor-facing texts; declaring it keeps the validator from warning about it
        JsonMetaSchema meta = JsonMetaSchema.builder(JsonMetaSchema.getV202012())
                .keyword(new NonValidationKeyword("errorMessage"))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.metaSchema(meta));
        try (InputStream in = SchemaCheck.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("schema " + SCHEMA_RESOURCE + " missing from the profile-core jar");
            }
            schemaJson = new ObjectMapper().readTree(in);
            schema = factory.getSchema(schemaJson, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<ProfileProblem> check(LocatedDocument tree) {
        Set<ValidationMessage> messages = schema.validate(tree.root());
        return messages.stream()
                .map(m -> toProblem(tree, m))
                .filter(p -> p != null)
                .distinct()
                .sorted(Comparator.comparingInt(ProfileProblem::line).thenComparingInt(ProfileProblem::column))
                .toList();
    }

    private ProfileProblem toProblem(LocatedDocument tree, ValidationMessage m) {
        String pointer = m.getInstanceLocation().toString();
        String property = m.getProperty();
        switch (m.getType()) {
            case "required":
                return tree.problem(pointer, "'" + property + "' is missing; it is required here");
            case "additionalProperties":
                String unknown = FieldPath.child(pointer, property);
                List<String> known = knownFields(m);
                return tree.keyProblem(unknown, "is not a known field" + Suggestions.didYouMean(property, known)
                        + (known.isEmpty() ? "" : "; allowed here: " + String.join(", ", known)));
            case "enum":
                return tree.problem(pointer, "is " + m.getInstanceNode() + "; expected one of "
                        + m.getSchemaNode());
            case "type":
                return tree.problem(pointer, "is " + m.getInstanceNode() + "; expected a "
                        + m.getSchemaNode().asText() + yamlBooleanHint(m));
            default:
                return tree.problem(pointer, "is " + m.getInstanceNode() + "; " + explanation(m));
        }
    }

    /** The fields allowed beside an unknown one: the "properties" next to the failing additionalProperties. */
    private List<String> knownFields(ValidationMessage m) {
        String location = m.getSchemaLocation().getFragment().toString();
        int cut = location.lastIndexOf('/');
        if (cut < 0) {
            return List.of();
        }
        String properties = location.substring(0, cut) + "/properties";
        if (!properties.startsWith("/")) {
            properties = "/" + properties;
        }
        return Suggestions.fieldNames(schemaJson.at(properties)).stream()
                .filter(name -> !name.startsWith("$"))
                .toList();
    }

    /**
     * The schema's own "errorMessage" for the failing field when it has one (written for vendors),
     * else the validator's text.
     */
    private String explanation(ValidationMessage m) {
        String keyword = m.getSchemaLocation().getFragment().toString();
        String owner = keyword.substring(0, Math.max(0, keyword.lastIndexOf('/')));
        JsonNode custom = schemaJson.at(owner.startsWith("/") || owner.isEmpty() ? owner : "/" + owner)
                .path("errorMessage");
        if (custom.isTextual()) {
            return custom.asText();
        }
        String error = m.getError();
        return error == null || error.isBlank() ? m.getMessage() : error;
    }

    private static String yamlBooleanHint(ValidationMessage m) {
        boolean wantsText = "string".equals(m.getSchemaNode().asText());
        return wantsText && m.getInstanceNode().isBoolean()
                ? "; YAML reads yes, no, on and off as true or false, so put the text in quotes, e.g. \"on\""
                : "";
    }
}
