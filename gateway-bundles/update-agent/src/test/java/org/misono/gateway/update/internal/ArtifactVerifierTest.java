package org.misono.gateway.update.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPair;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.misono.release.ArtifactException;
import org.misono.release.Ed25519Keys;

class ArtifactVerifierTest {

    private final KeyPair key = Ed25519Keys.generate();
    private final ArtifactVerifier verifier = new ArtifactVerifier(List.of(key.getPublic()));

    @Test
    void refuses_unsigned_updates_and_downgrades() {
        assertThatThrownBy(() -> verifier.checkRequest("0.2.0", "", "0.1.0", false))
                .isInstanceOf(ArtifactException.class).hasMessageContaining("not signed");
        assertThatThrownBy(() -> verifier.checkRequest("0.1.0", "c2ln", "0.2.0", false))
                .hasMessageContaining("older than the running 0.2.0; a downgrade must be asked for explicitly");
        assertThatCode(() -> verifier.checkRequest("0.1.0", "c2ln", "0.2.0", true)).doesNotThrowAnyException();
    }

    @Test
    void a_gateway_without_trusted_keys_installs_nothing() {
        assertThatThrownBy(() -> new ArtifactVerifier(List.of()).checkRequest("0.2.0", "c2ln", "0.1.0", false))
                .hasMessageContaining("trusts no release key");
    }
}
