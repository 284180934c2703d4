package org.misono.profile.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each file under {@code malformed/} states in its first line where the loader must point and what it must
 * say: {@code # expect: <line>:<column> <field> | <message fragment>}.
 */
class MalformedProfilesTest {

    private static final ProfileLoader LOADER = new ProfileLoader();

    static Stream<Path> malformedProfiles() throws IOException, URISyntaxException {
        Path dir = Path.of(MalformedProfilesTest.class.getResource("/malformed").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedProfiles")
    void is_refused_with_file_line_column_field_and_what_was_expected(Path file) throws IOException {
        Expectation expected = Expectation.of(Files.readAllLines(file).get(0));
        String where = file + ":" + expected.position() + ": " + (expected.field().isEmpty() ? "" : expected.field() + ": ");

        assertThatThrownBy(() -> LOADER.load(file))
                .isInstanceOf(InvalidProfileException.class)
                .satisfies(e -> {
                    List<ProfileProblem> problems = ((InvalidProfileException) e).problems();
                    assertThat(problems).extracting(ProfileProblem::toString)
                            .anySatisfy(p -> assertThat(p).startsWith(where).contains(expected.fragment()));
                });
    }

    private record Expectation(String position, String field, String fragment) {
        static Expectation of(String header) {
            String spec = header.substring("# expect: ".length());
            String[] halves = spec.split(" \\| ", 2);
            String[] head = halves[0].trim().split(" ", 2);
            return new Expectation(head[0], head.length > 1 ? head[1] : "", halves[1]);
        }
    }
}
