package org.misono.profile.tool;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code misono-profile}: the vendors' command line for device profiles. */
@Command(name = "misono-profile", mixinStandardHelpOptions = true, version = "misono-profile 1 (profile format 1)",
        description = {"Checks and explains Misono device profiles, so a vendor can add a device without writing Java."},
        subcommands = {ValidateCommand.class, ShowCommand.class, ListCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:",
            "  misono-profile validate acme/mms-7.yaml",
            "  misono-profile show acme/mms-7.yaml",
            "  misono-profile show misono/mobility-station-12",
            "", "Exit codes: 0 all profiles valid, 1 a profile has problems, 2 wrong usage."})
public final class ProfileTool {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String... args) {
        return new CommandLine(new ProfileTool()).execute(args);
    }
}
