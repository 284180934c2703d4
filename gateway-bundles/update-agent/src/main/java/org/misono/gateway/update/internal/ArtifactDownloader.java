package org.misono.gateway.update.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.IntConsumer;
import org.misono.release.ArtifactException;
import org.misono.release.Digests;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads an artifact over a link that may drop: what arrived is kept in a {@code .part} file named by
 * the expected hash, and every retry asks only for the rest (HTTP range request), also after a restart of
 * the gateway. A server that ignores ranges makes the download start over, which is slower but still right.
 */
final class ArtifactDownloader {

    private static final Logger LOG = LoggerFactory.getLogger(ArtifactDownloader.class);

    private final HttpClient http;
    private final Path downloads;
    private final int maxAttempts;
    private final Duration firstRetryDelay;

    ArtifactDownloader(HttpClient http, Path downloads, int maxAttempts, Duration firstRetryDelay) {
        this.http = http;
        this.downloads = downloads;
        this.maxAttempts = maxAttempts;
        this.firstRetryDelay = firstRetryDelay;
    }

    /** The downloaded file, whose SHA-256 is {@code sha256}; progress in percent when the size is known. */
    Path download(URI url, String sha256, long size, IntConsumer percent)
            throws IOException, ArtifactException, InterruptedException {
        Files.createDirectories(downloads);
        Path done = downloads.resolve(sha256 + ".zip");
        if (Files.exists(done) && Digests.sha256(done).equals(sha256)) {
            return done;
        }
        Path part = downloads.resolve(sha256 + ".part");
        long delay = firstRetryDelay.toMillis();
        IOException last = null;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            try {
                fetchRest(url, part, size, percent);
                last = null;
                break;
            } catch (IOException e) {
                last = e;
                LOG.warn("Download of {} interrupted at {} bytes ({}); attempt {} of {}", url, sizeOf(part), e.toString(),
                        attempt, maxAttempts);
                Thread.sleep(delay);
                delay = Math.min(delay * 2, 60_000);
            }
        }
        if (last != null) {
            throw new IOException("download of " + url + " failed " + maxAttempts + " times, last: " + last.getMessage(),
                    last);
        }
        String actual = Digests.sha256(part);
        if (!actual.equals(sha256)) {
            Files.delete(part);
            throw new ArtifactException("the downloaded artifact's SHA-256 is " + actual + ", not " + sha256
                    + ": it was altered on the way or the repository holds another file");
        }
        Files.move(part, done, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return done;
    }

    private void fetchRest(URI url, Path part, long size, IntConsumer percent) throws IOException, InterruptedException {
        long have = sizeOf(part);
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-");
        }
        HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        int status = response.statusCode();
        if (status == 416 && size > 0 && have >= size) {
            response.body().close();
            return;
        }
        if (status != 200 && status != 206) {
            response.body().close();
            throw new IOException("the repository answered HTTP " + status + " for " + url);
        }
        boolean append = status == 206;
        long total = size > 0 ? size : response.headers().firstValueAsLong("Content-Length").orElse(-1)
                + (append ? have : 0);
        long received = append ? have : 0;
        try (InputStream in = response.body();
                OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING)) {
            byte[] buffer = new byte[64 * 1024];
            int lastPercent = -1;
            for (int n; (n = in.read(buffer)) > 0;) {
                out.write(buffer, 0, n);
                received += n;
                int p = total > 0 ? (int) Math.min(100, received * 100 / total) : -1;
                if (p != lastPercent) {
                    percent.accept(p);
                    lastPercent = p;
                }
            }
        }
        if (total > 0 && received < total) {
            throw new IOException("the connection closed after " + received + " of " + total + " bytes");
        }
    }

    private static long sizeOf(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : 0;
    }
}
