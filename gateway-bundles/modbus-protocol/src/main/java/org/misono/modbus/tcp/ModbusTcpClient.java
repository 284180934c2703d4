package org.misono.modbus.tcp;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ModbusTimeoutException;

/**
 * A Modbus TCP client for one device (or one Modbus gateway) that keeps several transactions in flight
 * on one connection.
 *
 * <p>{@link #send} never blocks and its future always completes: with the response (which may be an
 * exception response), or exceptionally with
 * <ul>
 *   <li>{@link ModbusTimeoutException}: no answer within the response timeout; the connection stays open;
 *   <li>{@link ModbusFrameException}: the device sent bytes that are no valid answer; the connection is
 *       closed, since the stream can no longer be trusted, and every outstanding request fails with it;
 *   <li>{@link IOException}: not connected, or the link was lost; every outstanding request fails at once.
 * </ul>
 * Requests beyond {@link Options#maxInFlight()} wait in a queue; their timeout starts when they go on the
 * wire. Futures complete on the connection's reader or timer thread: attach slow work with the
 * {@code *Async} methods.
 *
 * <p>After a lost link, {@link #connect()} opens a new connection; {@link #close()} closes the current one.
 */
public final class ModbusTcpClient implements AutoCloseable {

    /**
     * @param maxInFlight how many requests may await their answer at once; 1 for devices that handle one
     *     request at a time (most serial gateways), more for devices that queue
     */
    public record Options(Duration connectTimeout, Duration responseTimeout, int maxInFlight) {

        public Options {
            requirePositive(connectTimeout, "connect timeout");
            requirePositive(responseTimeout, "response timeout");
            if (maxInFlight < 1 || maxInFlight > 1024) {
                throw new IllegalArgumentException("maxInFlight must be 1..1024, not " + maxInFlight);
            }
        }

        /** 3 s to connect, 1 s for each answer, one request at a time. */
        public static Options defaults() {
            return new Options(Duration.ofSeconds(3), Duration.ofSeconds(1), 1);
        }

        public Options withConnectTimeout(Duration timeout) {
            return new Options(timeout, responseTimeout, maxInFlight);
        }

        public Options withResponseTimeout(Duration timeout) {
            return new Options(connectTimeout, timeout, maxInFlight);
        }

        public Options withMaxInFlight(int max) {
            return new Options(connectTimeout, responseTimeout, max);
        }

        private static void requirePositive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, not " + d);
            }
        }
    }

    private final String host;
    private final int port;
    private final Options options;
    private volatile ClientConnection connection;

    public ModbusTcpClient(String host, int port, Options options) {
        if (port < 1 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 1..65535, not " + port);
        }
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.options = Objects.requireNonNull(options, "options");
    }

    public ModbusTcpClient(String host, int port) {
        this(host, port, Options.defaults());
    }

    /** {@code host:port}, as messages name the device. */
    public String peer() {
        return host + ":" + port;
    }

    public Options options() {
        return options;
    }

    /**
     * Opens the connection, unless one is open already.
     *
     * @throws IOException when the device cannot be reached within the connect timeout
     */
    public synchronized void connect() throws IOException {
        if (connection != null && connection.isOpen()) {
            return;
        }
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(host, port), (int) options.connectTimeout().toMillis());
        } catch (SocketTimeoutException e) {
            socket.close();
            throw new SocketTimeoutException("no answer from " + peer() + " within "
                    + options.connectTimeout().toMillis() + " ms");
        } catch (IOException e) {
            socket.close();
            throw new IOException("cannot connect to " + peer() + ": " + e.getMessage(), e);
        }
        connection = new ClientConnection(socket, peer(), options);
    }

    /**
     * Sends a request, or queues it while {@code maxInFlight} requests await their answer.
     *
     * @param unitId 0..255
     */
    public CompletableFuture<ModbusResponse> send(int unitId, ModbusRequest request) {
        if (unitId < 0 || unitId > 0xFF) {
            throw new IllegalArgumentException("unit id must be 0..255, not " + unitId);
        }
        Objects.requireNonNull(request, "request");
        ClientConnection c = connection;
        if (c == null) {
            return CompletableFuture.failedFuture(new IOException("not connected to " + peer()
                    + ": connect() was not called"));
        }
        return c.send(unitId, request);
    }

    /** Whether a connection is open; false after the link was lost until {@link #connect()} succeeds. */
    public boolean isConnected() {
        ClientConnection c = connection;
        return c != null && c.isOpen();
    }

    /** Closes the connection; outstanding requests fail with an IOException. */
    @Override
    public synchronized void close() {
        ClientConnection c = connection;
        if (c != null) {
            c.close();
        }
    }

    @Override
    public String toString() {
        return "Modbus TCP client for " + peer();
    }
}
