package org.misono.gateway.update.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Serves one artifact with HTTP range support, and can cut the connection once midway, as a cellular
 * link does.
 */
public final class FlakyArtifactServer implements AutoCloseable {

    private final HttpServer server;
    private final byte[] artifact;
    private final List<String> rangesAsked = new CopyOnWriteArrayList<>();
    private volatile long cutAfter = -1;

    public FlakyArtifactServer(byte[] artifact) throws IOException {
        this.artifact = artifact;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/artifact.zip", this::serve);
        server.start();
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/artifact.zip");
    }

    /** The next response stops after this many bytes of the body, once. */
    public void cutOnceAfter(long bytes) {
        cutAfter = bytes;
    }

    public List<String> rangesAsked() {
        return rangesAsked;
    }

    private void serve(HttpExchange exchange) throws IOException {
        String range = exchange.getRequestHeaders().getFirst("Range");
        rangesAsked.add(range == null ? "none" : range);
        int from = range == null ? 0 : Integer.parseInt(range.replaceAll("bytes=(\\d+)-", "$1"));
        int length = artifact.length - from;
        if (from > 0) {
            exchange.getResponseHeaders().add("Content-Range", "bytes " + from + "-" + (artifact.length - 1) + "/"
                    + artifact.length);
        }
        exchange.sendResponseHeaders(from > 0 ? 206 : 200, length);
        OutputStream out = exchange.getResponseBody();
        long cut = cutAfter;
        if (cut >= 0) {
            cutAfter = -1;
            out.write(artifact, from, (int) Math.min(cut, length));
            out.flush();
            // end the exchange without finishing the body: the client sees the connection close early
            exchange.close();
            return;
        }
        out.write(artifact, from, length);
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
