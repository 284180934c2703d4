package org.misono.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.gateway.runtime.GatewayRuntime;
import org.misono.gateway.runtime.RuntimeOptions;
import org.misono.gateway.update.internal.FlakyArtifactServer;
import org.misono.release.ArtifactSignature;
import org.misono.release.Ed25519Keys;
import org.misono.release.ReleaseState;
import org.osgi.framework.launch.Framework;

/**
 * Over-the-air updates of the gateway distribution in its OSGi framework: signed releases are kept once
 * healthy, anything else leaves the running release untouched, and a release that is not healthy undoes
 * itself.
 */
class OverTheAirUpdateTest {

    private static final Duration UPDATE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private final KeyPair releaseKey = Ed25519Keys.generate();
    private Path data;
    private GatewayRuntime gateway;

    @BeforeEach
    void start() throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.createDirectories(conf.resolve("trusted-keys"));
        Ed25519Keys.writePem(releaseKey.getPublic(), conf.resolve("trusted-keys/release.pem"));
        Path config = GatewayHome.writeStationConfig(conf, "gw-ota", "city-a",
                "tcp://127.0.0.1:" + GatewayHome.freePort(), GatewayHome.freePort(), "1s");
        Files.writeString(config, "updates: { trialWindow: 60s, healthyFor: 2s }\n",
                java.nio.file.StandardOpenOption.APPEND);
        data = dir.resolve("data");
        gateway = GatewayRuntime.start(new RuntimeOptions(GatewayHome.bundles(), config, data, "0.1.0"));
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    @Test
    void a_signed_release_is_installed_tried_and_kept_when_healthy() throws Exception {
        TestReleases.Artifact release = TestReleases.full(dir.resolve("r.zip"), "0.2.0", GatewayHome.bundles(),
                List.of(), releaseKey.getPrivate());

        try (FlakyArtifactServer server = new FlakyArtifactServer(Files.readAllBytes(release.file()))) {
            UpdateAgentClient agent = new UpdateAgentClient();
            agent.update(gateway.bundleContext(), "0.2.0", server.uri(), release.sha256(), release.signature(),
                    Files.size(release.file()));

            await().atMost(UPDATE).untilAsserted(() -> {
                assertThat(gateway.release()).isEqualTo("0.2.0");
                assertThat(ReleaseState.load(data).committed()).isEqualTo("0.2.0");
            });
            assertThat(agent.progress).contains("DOWNLOADING 100", "VERIFYING", "INSTALLING");
            assertThat(ReleaseState.load(data).outcome().result()).isEqualTo(ReleaseState.Result.COMMITTED);
            assertThat(gateway.bundleContext().getProperty(GatewayRuntime.FIRMWARE_PROPERTY)).isEqualTo("0.2.0");
        }
    }

    @Test
    void a_download_cut_midway_resumes_where_it_stopped() throws Exception {
        TestReleases.Artifact release = TestReleases.full(dir.resolve("r.zip"), "0.2.0", GatewayHome.bundles(),
                List.of(), releaseKey.getPrivate());
        byte[] bytes = Files.readAllBytes(release.file());

        try (FlakyArtifactServer server = new FlakyArtifactServer(bytes)) {
            server.cutOnceAfter(bytes.length / 2);
            new UpdateAgentClient().update(gateway.bundleContext(), "0.2.0", server.uri(), release.sha256(),
                    release.signature(), bytes.length);

            await().atMost(UPDATE).until(() -> "0.2.0".equals(ReleaseState.load(data).committed()));
            assertThat(server.rangesAsked()).hasSize(2);
            assertThat(server.rangesAsked().get(1)).startsWith("bytes=").isNotEqualTo("bytes=0-");
        }
    }

    @Test
    void tampered_unsigned_and_strangely_signed_releases_are_refused_and_the_old_release_keeps_running()
            throws Exception {
        TestReleases.Artifact release = TestReleases.full(dir.resolve("r.zip"), "0.2.0", GatewayHome.bundles(),
                List.of(), releaseKey.getPrivate());
        byte[] tampered = Files.readAllBytes(release.file());
        tampered[tampered.length / 2] ^= 0x01;
        Framework before = gateway.framework();

        try (FlakyArtifactServer server = new FlakyArtifactServer(tampered)) {
            assertThat(refusal(server, release.sha256(), release.signature())).contains("altered on the way");
        }
        try (FlakyArtifactServer server = new FlakyArtifactServer(Files.readAllBytes(release.file()))) {
            assertThat(refusal(server, release.sha256(), "")).contains("not signed");
            String strangers = ArtifactSignature.sign(Ed25519Keys.generate().getPrivate(), release.sha256());
            assertThat(refusal(server, release.sha256(), strangers)).contains("does not verify with any trusted key");
        }
        assertThat(gateway.framework()).isSameAs(before);
        assertThat(gateway.release()).isEqualTo("0.1.0");
        assertThat(ReleaseState.load(data).pending()).isNull();
    }

    @Test
    void a_release_whose_health_check_fails_rolls_back_by_itself() throws Exception {
        TestReleases.Artifact release = TestReleases.full(dir.resolve("r.zip"), "0.3.0", GatewayHome.bundles(),
                List.of(TestReleases.unresolvableBundle(dir)), releaseKey.getPrivate());

        try (FlakyArtifactServer server = new FlakyArtifactServer(Files.readAllBytes(release.file()))) {
            new UpdateAgentClient().update(gateway.bundleContext(), "0.3.0", server.uri(), release.sha256(),
                    release.signature(), Files.size(release.file()));

            await().atMost(UPDATE).untilAsserted(() -> {
                ReleaseState state = ReleaseState.load(data);
                assertThat(state.outcome()).isNotNull();
                assertThat(state.outcome().result()).isEqualTo(ReleaseState.Result.ROLLED_BACK);
                assertThat(gateway.release()).isEqualTo("0.1.0");
            });
            assertThat(ReleaseState.load(data).outcome().reason())
                    .contains("org.misono.test.unresolvable").contains("is not active");
            assertThat(ReleaseState.load(data).committed()).isNull();
        }
    }

    @Test
    void a_gateway_that_dies_while_a_release_is_on_trial_boots_the_previous_release() throws Exception {
        gateway.close();
        TestReleases.Artifact release = TestReleases.full(dir.resolve("r.zip"), "0.2.0", GatewayHome.bundles(),
                List.of(), releaseKey.getPrivate());
        org.misono.release.ReleaseArtifact.extractBundles(release.file(), ReleaseState.bundlesOf(data, "0.2.0"));
        // as if power was lost during the trial boot: the trial was started and booted once, never confirmed
        ReleaseState.empty().startTrial("0.2.0", System.currentTimeMillis() + 60_000).trialBooted().save(data);

        gateway = GatewayRuntime.start(new RuntimeOptions(GatewayHome.bundles(), dir.resolve("conf/gateway.yaml"), data,
                "0.1.0"));

        assertThat(gateway.release()).isEqualTo("0.1.0");
        assertThat(ReleaseState.load(data).outcome().reason()).contains("restarted while 0.2.0 was on trial");
    }

    private String refusal(FlakyArtifactServer server, String sha256, String signature) throws Exception {
        UpdateAgentClient agent = new UpdateAgentClient();
        agent.update(gateway.bundleContext(), "0.2.0", server.uri(), sha256, signature, 0);
        await().atMost(UPDATE).until(agent::ended);
        assertThat(agent.progress).noneMatch(p -> p.startsWith("RESTARTING"));
        return agent.progress.stream().filter(p -> p.startsWith("REFUSED")).findFirst().orElse("");
    }
}
