package org.misono.gateway.core.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.misono.profile.load.InvalidProfileException;
import org.misono.profile.load.LocatedDocument;
import org.misono.profile.load.ProfileProblem;

/**
 * Reads the gateway configuration file. Every problem names the line, the field and what is expected,
 * because the person reading it is a technician at a street cabinet, not the author of this code.
 */
public final class GatewayFileParser {

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
        LocatedDocument doc;
        try {
            doc = LocatedDocument.parse(source, text);
        } catch (InvalidProfileException e) {
            throw new GatewayConfigException(e.problems());
        }
        problems.addAll(doc.parseProblems());
        FieldReader fields = new FieldReader(doc, problems);
        JsonNode root = doc.root();
        fields.onlyKnown(root, "", "gateway", "profiles", "uplink", "devices", "updates");
        JsonNode gateway = fields.required(root, "", "gateway");
        fields.onlyKnown(gateway, "/gateway", "id", "tenant");
        String id = fields.id(gateway, "/gateway", "id");
        String tenant = fields.id(gateway, "/gateway", "tenant");
        Path profiles = baseDir.resolve(root.path("profiles").asText("profiles")).normalize();
        UplinkSection uplink = UplinkSection.read(fields, fields.required(root, "", "uplink"));
        List<DeviceConfig> devices = new DevicesSection(fields).read(root.path("devices"));
        UpdatesSection updates = UpdatesSection.read(fields, root.path("updates"), baseDir);
        if (!problems.isEmpty()) {
            throw new GatewayConfigException(problems);
        }
        return new GatewayFile(id, tenant, profiles, uplink, devices, updates);
    }
}
