package org.misono.gateway.update.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.misono.release.ArtifactException;
import org.misono.release.Digests;

class ArtifactDownloaderTest {

    @TempDir
    Path dir;

    private final byte[] artifact = new byte[300_000];

    ArtifactDownloaderTest() {
        new Random(7).nextBytes(artifact);
    }

    private ArtifactDownloader downloader() {
        return new ArtifactDownloader(HttpClient.newHttpClient(), dir, 5, Duration.ofMillis(10));
    }

    @Test
    void a_download_cut_midway_resumes_where_it_stopped() throws Exception {
        try (FlakyArtifactServer server = new FlakyArtifactServer(artifact)) {
            server.cutOnceAfter(120_000);
            List<Integer> progress = new CopyOnWriteArrayList<>();

            Path file = downloader().download(server.uri(), Digests.sha256(artifact), artifact.length, progress::add);

            assertThat(Files.readAllBytes(file)).isEqualTo(artifact);
            assertThat(server.rangesAsked()).hasSize(2);
            assertThat(server.rangesAsked().get(0)).isEqualTo("none");
            long resumedAt = Long.parseLong(server.rangesAsked().get(1).replaceAll("bytes=(\\d+)-", "$1"));
            assertThat(resumedAt).as("the second request asks only for the rest").isPositive().isLessThan(artifact.length);
            assertThat(progress).last().isEqualTo(100);
        }
    }

    @Test
    void an_artifact_that_is_not_the_one_announced_is_refused_and_not_kept() throws Exception {
        try (FlakyArtifactServer server = new FlakyArtifactServer(artifact)) {
            String other = Digests.sha256("something else".getBytes());

            assertThatThrownBy(() -> downloader().download(server.uri(), other, artifact.length, p -> { }))
                    .isInstanceOf(ArtifactException.class).hasMessageContaining("altered on the way");
            assertThat(dir.resolve(other + ".part")).doesNotExist();
        }
    }
}
