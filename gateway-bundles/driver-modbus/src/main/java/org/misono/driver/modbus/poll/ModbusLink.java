package org.misono.driver.modbus.poll;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongSupplier;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.tcp.ModbusTcpClient;

/**
 * The TCP connection to one device, reopened when lost. Failed connects back off (doubling up to a
 * limit) so a dead device costs little, while polls in between still report its readings BAD.
 */
public final class ModbusLink implements AutoCloseable {

    private final String host;
    private final int port;
    private final ModbusTcpClient.Options options;
    private final long minRetryMs;
    private final long maxRetryMs;
    private final LongSupplier clock;
    private ModbusTcpClient client;
    private long retryMs;
    private long nextAttemptAt;
    private String lastFailure;

    public ModbusLink(String host, int port, ModbusTcpClient.Options options, long minRetryMs, long maxRetryMs,
            LongSupplier clock) {
        this.host = host;
        this.port = port;
        this.options = options;
        this.minRetryMs = minRetryMs;
        this.maxRetryMs = maxRetryMs;
        this.retryMs = minRetryMs;
        this.clock = clock;
    }

    public String address() {
        return host + ":" + port;
    }

    /** Connects if needed; empty when usable, else why not, in words for an operator. */
    Optional<String> ensureConnected() {
        if (client != null && client.isConnected()) {
            return Optional.empty();
        }
        long now = clock.getAsLong();
        if (lastFailure != null && now < nextAttemptAt) {
            return Optional.of(lastFailure);
        }
        closeClient();
        ModbusTcpClient fresh = new ModbusTcpClient(host, port, options);
        try {
            fresh.connect();
            client = fresh;
            lastFailure = null;
            retryMs = minRetryMs;
            return Optional.empty();
        } catch (IOException e) {
            fresh.close();
            lastFailure = describe(e);
            nextAttemptAt = now + retryMs;
            retryMs = Math.min(maxRetryMs, retryMs * 2);
            return Optional.of(lastFailure);
        }
    }

    CompletableFuture<ModbusResponse> send(int unitId, ModbusRequest request) {
        return client.send(unitId, request);
    }

    /** Drops the connection, e.g. after a garbled frame, when the byte stream can no longer be trusted. */
    void reset() {
        closeClient();
    }

    @Override
    public void close() {
        closeClient();
    }

    private void closeClient() {
        if (client != null) {
            client.close();
            client = null;
        }
    }

    private String describe(IOException failure) {
        Throwable e = failure;
        while (e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof ConnectException) {
            return "connection refused by " + address();
        }
        if (e instanceof SocketTimeoutException) {
            return "no connection to " + address() + " within " + options.connectTimeout().toMillis() + " ms";
        }
        if (e instanceof UnknownHostException) {
            return "unknown host " + host;
        }
        if (e instanceof NoRouteToHostException) {
            return "no route to " + address();
        }
        return "cannot connect to " + address() + ": " + e.getMessage();
    }
}
