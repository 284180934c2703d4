package org.misono.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseArtifactTest {

    @TempDir
    Path dir;

    private ReleaseManifest manifestFor(Path jar) throws Exception {
        return new ReleaseManifest(ReleaseManifest.PRODUCT, "0.2.0", ReleaseManifest.Kind.FULL, null, 1L,
                List.of(new BundleEntry("a.jar", "org.example.a", "1.0.0", Digests.sha256(jar), Files.size(jar))));
    }

    @Test
    void an_artifact_round_trips_and_its_bundles_are_checked_on_extraction() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "bundle bytes");
        Path artifact = dir.resolve("release.zip");
        ReleaseArtifact.write(artifact, manifestFor(jar), Map.of("a.jar", jar));

        assertThat(ReleaseArtifact.manifest(artifact).version()).isEqualTo("0.2.0");
        Map<String, Path> out = ReleaseArtifact.extractBundles(artifact, dir.resolve("out"));
        assertThat(Files.readString(out.get("a.jar"))).isEqualTo("bundle bytes");
    }

    @Test
    void a_bundle_that_differs_from_its_manifest_entry_is_refused() throws Exception {
        Path jar = Files.writeString(dir.resolve("a.jar"), "bundle bytes");
        ReleaseManifest manifest = manifestFor(jar);
        Path other = Files.writeString(dir.resolve("b.jar"), "other bytes!");
        Path artifact = dir.resolve("release.zip");
        ReleaseArtifact.write(artifact, manifest, Map.of("a.jar", other));

        assertThatThrownBy(() -> ReleaseArtifact.extractBundles(artifact, dir.resolve("out")))
                .isInstanceOf(ArtifactException.class).hasMessageContaining("a.jar does not match the manifest");
    }

    @Test
    void signatures_verify_only_with_a_trusted_key_and_the_signed_digest() {
        KeyPair signer = Ed25519Keys.generate();
        KeyPair stranger = Ed25519Keys.generate();
        String sha = Digests.sha256("artifact".getBytes());
        String signature = ArtifactSignature.sign(signer.getPrivate(), sha);

        assertThat(ArtifactSignature.verify(List.of(stranger.getPublic(), signer.getPublic()), sha, signature))
                .contains(Ed25519Keys.keyId(signer.getPublic()));
        assertThat(ArtifactSignature.verify(List.of(stranger.getPublic()), sha, signature)).isEmpty();
        assertThat(ArtifactSignature.verify(List.of(signer.getPublic()), Digests.sha256("tampered".getBytes()),
                signature)).isEmpty();
        assertThat(ArtifactSignature.verify(List.of(signer.getPublic()), sha, "not base64!")).isEmpty();
    }

    @Test
    void keys_survive_a_round_trip_through_pem_files() throws Exception {
        KeyPair pair = Ed25519Keys.generate();
        Ed25519Keys.writePem(pair.getPrivate(), dir.resolve("k.pem"));
        Ed25519Keys.writePem(pair.getPublic(), dir.resolve("k.pub.pem"));

        String sha = Digests.sha256(new byte[] {1, 2, 3});
        String signature = ArtifactSignature.sign(Ed25519Keys.readPrivate(dir.resolve("k.pem")), sha);

        assertThat(ArtifactSignature.verify(List.of(Ed25519Keys.readPublic(dir.resolve("k.pub.pem"))), sha, signature))
                .isPresent();
    }

    @Test
    void release_state_survives_a_reload_through_each_step_of_an_update() throws Exception {
        ReleaseState.empty().startTrial("0.2.0", 99).save(dir);
        ReleaseState trial = ReleaseState.load(dir).trialBooted();
        trial.save(dir);
        assertThat(ReleaseState.load(dir)).isEqualTo(new ReleaseState(null, "0.2.0", 1, 99, null));

        trial.rollBack("component X unsatisfied", 5).save(dir);
        assertThat(ReleaseState.load(dir)).isEqualTo(new ReleaseState(null, null, 0, 0,
                new ReleaseState.Outcome("0.2.0", ReleaseState.Result.ROLLED_BACK, "component X unsatisfied", 5)));

        ReleaseState.load(dir).startTrial("0.3.0", 7).trialBooted().commit(9).save(dir);
        assertThat(ReleaseState.load(dir).committed()).isEqualTo("0.3.0");
        assertThat(ReleaseState.load(dir).pending()).isNull();
    }

    @Test
    void versions_order_as_semantic_versions() {
        assertThat(ReleaseVersion.parse("1.10.0")).isGreaterThan(ReleaseVersion.parse("1.9.3"));
        assertThat(ReleaseVersion.parse("1.2.0-rc1")).isLessThan(ReleaseVersion.parse("1.2.0"));
        assertThatThrownBy(() -> ReleaseVersion.parse("1.2")).hasMessageContaining("not a version");
    }
}
