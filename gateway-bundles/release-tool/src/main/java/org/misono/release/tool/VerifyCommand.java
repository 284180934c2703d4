package org.misono.release.tool;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.misono.release.ArtifactException;
import org.misono.release.ArtifactSignature;
import org.misono.release.Digests;
import org.misono.release.Ed25519Keys;
import org.misono.release.ReleaseArtifact;
import org.misono.release.ReleaseManifest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "verify", description = "Checks an artifact as a gateway would: hash, signature, bundles.")
final class VerifyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ARTIFACT")
    private Path artifact;

    @Option(names = "--public-key", required = true, paramLabel = "FILE", description = "Trusted public key (PEM).")
    private Path publicKey;

    @Override
    public Integer call() throws Exception {
        try {
            SignatureFile sig = SignatureFile.read(SignatureFile.beside(artifact));
            String sha = Digests.sha256(artifact);
            if (!sha.equals(sig.sha256())) {
                throw new ArtifactException("its SHA-256 is " + sha + ", the signature file says " + sig.sha256());
            }
            if (ArtifactSignature.verify(List.of(Ed25519Keys.readPublic(publicKey)), sha, sig.signature()).isEmpty()) {
                throw new ArtifactException("the signature does not verify with " + publicKey);
            }
            ReleaseManifest manifest = ReleaseArtifact.manifest(artifact);
            ReleaseArtifact.extractBundles(artifact, Files.createTempDirectory("misono-verify"));
            spec.commandLine().getOut().printf("%s: valid release %s, %d bundles%n", artifact, manifest.version(),
                    manifest.bundles().size());
            return 0;
        } catch (ArtifactException e) {
            spec.commandLine().getErr().println(artifact + ": not valid: " + e.getMessage());
            return 1;
        }
    }
}
