package org.misono.release.tool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.concurrent.Callable;
import org.misono.release.Ed25519Keys;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "keygen", description = "Makes an Ed25519 key pair: <out>.pem (secret) and <out>.pub.pem.")
final class KeygenCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "Path and name, without .pem.")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Path secret = Path.of(out + ".pem");
        Path pub = Path.of(out + ".pub.pem");
        if (Files.exists(secret)) {
            spec.commandLine().getErr().println(secret + " exists; not overwriting a signing key");
            return 2;
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        KeyPair pair = Ed25519Keys.generate();
        Ed25519Keys.writePem(pair.getPrivate(), secret);
        try {
            Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the key stays as readable as its folder
        }
        Ed25519Keys.writePem(pair.getPublic(), pub);
        spec.commandLine().getOut().printf("signing key %s (keep it secret), public key %s, key id %s%n", secret, pub,
                Ed25519Keys.keyId(pair.getPublic()));
        return 0;
    }
}
