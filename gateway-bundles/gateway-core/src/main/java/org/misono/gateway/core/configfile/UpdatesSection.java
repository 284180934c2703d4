package org.misono.gateway.core.configfile;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;

/**
 * The optional {@code updates} section: which release keys the gateway trusts and how long a new release
 * has to prove itself.
 *
 * @param trustedKeys folder of Ed25519 public keys (*.pem)
 */
public record UpdatesSection(Path trustedKeys, Duration trialWindow, Duration healthyFor) {

    static final String PID = "org.misono.update";

    static UpdatesSection read(FieldReader fields, JsonNode n, Path baseDir) {
        fields.onlyKnown(n, "/updates", "trustedKeys", "trialWindow", "healthyFor");
        Path keys = baseDir.resolve(n.path("trustedKeys").asText("trusted-keys")).normalize();
        Duration trial = fields.duration(n, "/updates", "trialWindow", Duration.ofMinutes(5));
        if (trial.toSeconds() < 30) {
            fields.problem("/updates/trialWindow", "is shorter than 30s; a release needs time to start and connect");
        }
        Duration healthy = fields.duration(n, "/updates", "healthyFor", Duration.ofSeconds(10));
        return new UpdatesSection(keys, trial, healthy);
    }

    /** Keys as in the update agent's metatype. */
    Dictionary<String, Object> properties() {
        Dictionary<String, Object> p = new Hashtable<>();
        p.put("trusted.keys.dir", trustedKeys.toString());
        p.put("trial.seconds", (int) trialWindow.toSeconds());
        p.put("stable.seconds", (int) Math.max(1, healthyFor.toSeconds()));
        return p;
    }
}
