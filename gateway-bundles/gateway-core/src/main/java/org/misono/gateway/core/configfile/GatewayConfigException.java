package org.misono.gateway.core.configfile;

import java.util.List;
import java.util.stream.Collectors;
import org.misono.profile.load.ProfileProblem;

/** A gateway configuration file that cannot be used, with every problem and where it is. */
public class GatewayConfigException extends Exception {

    private final transient List<ProfileProblem> problems;

    public GatewayConfigException(List<ProfileProblem> problems) {
        super("invalid gateway configuration:\n  "
                + problems.stream().map(ProfileProblem::toString).collect(Collectors.joining("\n  ")));
        this.problems = List.copyOf(problems);
    }

    public List<ProfileProblem> problems() {
        return problems;
    }
}
