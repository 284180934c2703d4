package org.misono.profile.load;

import java.util.List;
import java.util.stream.Collectors;

/** A profile file that cannot be used, with every problem found in it. */
public class InvalidProfileException extends Exception {

    private final transient List<ProfileProblem> problems;

    public InvalidProfileException(List<ProfileProblem> problems) {
        super(describe(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }

    private static String describe(List<ProfileProblem> problems) {
        String lines = problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("\n  "));
        return problems.size() == 1
                ? "invalid device profile: " + lines
                : "invalid device profile (" + problems.size() + " problems):\n  " + lines;
    }
}
