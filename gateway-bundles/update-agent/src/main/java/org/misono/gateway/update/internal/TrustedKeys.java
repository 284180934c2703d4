package org.misono.gateway.update.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.misono.release.ArtifactException;
import org.misono.release.Ed25519Keys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The release-signing public keys the gateway trusts: every {@code *.pem} in one folder. */
final class TrustedKeys {

    private static final Logger LOG = LoggerFactory.getLogger(TrustedKeys.class);

    private TrustedKeys() {
    }

    static List<PublicKey> load(Path dir) throws IOException {
        List<PublicKey> keys = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path pem : files.filter(p -> p.toString().endsWith(".pem")).sorted().toList()) {
                try {
                    PublicKey key = Ed25519Keys.readPublic(pem);
                    keys.add(key);
                    LOG.info("Trusting release key {} from {}", Ed25519Keys.keyId(key), pem.getFileName());
                } catch (ArtifactException e) {
                    LOG.error("Ignoring {}: {}", pem, e.getMessage());
                }
            }
        }
        return keys;
    }
}
