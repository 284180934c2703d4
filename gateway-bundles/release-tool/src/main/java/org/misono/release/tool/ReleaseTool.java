package org.misono.release.tool;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code misono-release}: signing keys, release artifacts and their signatures. */
@Command(name = "misono-release", mixinStandardHelpOptions = true, version = "misono-release 1",
        description = "Builds and signs Misono gateway releases that gateways accept over the air.",
        subcommands = {KeygenCommand.class, CreateCommand.class, VerifyCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Typical use:",
            "  misono-release keygen --out keys/release",
            "  misono-release create --version 0.2.0 --bundles misono-gateway-0.2.0/bundles \\",
            "      --key keys/release.pem --out misono-gateway-0.2.0.zip",
            "Then upload the .zip and its .sig.json to the fleet manager,",
            "and copy keys/release.pub.pem into each gateway's conf/trusted-keys/.",
            "", "Exit codes: 0 done, 1 the artifact or key is not valid, 2 wrong usage."})
public final class ReleaseTool {

    public static void main(String[] args) {
        System.exit(new CommandLine(new ReleaseTool()).execute(args));
    }
}
