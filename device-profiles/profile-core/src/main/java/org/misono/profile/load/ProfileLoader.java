package org.misono.profile.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.misono.profile.DeviceProfile;

/**
 * Reads profile files (YAML, or JSON when the name ends in .json), checks them against the schema and
 * the register-map rules, and returns the model. Thread-safe; build one and share it.
 */
public final class ProfileLoader {

    private final SchemaCheck schema = new SchemaCheck();

    public DeviceProfile load(Path file) throws InvalidProfileException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InvalidProfileException(List.of(
                    new ProfileProblem(file.toString(), 1, 1, "", "cannot be read: " + e)));
        }
        return parse(file.toString(), text);
    }

    public DeviceProfile load(String source, InputStream in) throws InvalidProfileException {
        try {
            return parse(source, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InvalidProfileException(List.of(new ProfileProblem(source, 1, 1, "", "cannot be read: " + e)));
        }
    }

    /** Parses profile text; {@code source} names it in messages and picks JSON over YAML by its suffix. */
    public DeviceProfile parse(String source, String text) throws InvalidProfileException {
        LocatedDocument tree = LocatedDocument.parse(source, text);
        List<ProfileProblem> problems = new ArrayList<>(tree.parseProblems());
        problems.addAll(schema.check(tree));
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        ProfileBinder.Bound bound = ProfileBinder.bind(tree);
        problems.addAll(bound.problems());
        problems.addAll(ProfileRules.check(tree, bound));
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return bound.profile();
    }
}
