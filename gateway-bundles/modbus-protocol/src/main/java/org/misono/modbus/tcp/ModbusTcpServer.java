package org.misono.modbus.tcp;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.misono.modbus.ModbusRequestHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Modbus TCP server that hands every request to a {@link ModbusRequestHandler}: the device side for
 * simulators and tests. Each connection gets its own thread and answers its requests in the order they
 * arrive, so pipelined requests work. Like real devices, it drops a connection that sends bytes which are
 * no Modbus frame, and answers an unknown function code with exception 1.
 */
public final class ModbusTcpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusTcpServer.class);

    private final InetAddress bindAddress;
    private final int requestedPort;
    private final ModbusRequestHandler handler;
    private final Set<ServerConnection> connections = ConcurrentHashMap.newKeySet();
    private ServerSocket serverSocket;
    private volatile boolean closed;

    /**
     * @param bindAddress the interface to listen on; null for all
     * @param port 0 for any free port, see {@link #port()}
     */
    public ModbusTcpServer(InetAddress bindAddress, int port, ModbusRequestHandler handler) {
        if (port < 0 || port > 0xFFFF) {
            throw new IllegalArgumentException("port must be 0..65535, not " + port);
        }
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    /** A server on all interfaces. */
    public ModbusTcpServer(int port, ModbusRequestHandler handler) {
        this(null, port, handler);
    }

    /**
     * Binds the port and starts accepting connections.
     *
     * @throws BindException when the port is taken
     */
    public synchronized void start() throws IOException {
        if (serverSocket != null) {
            throw new IllegalStateException("already started on port " + serverSocket.getLocalPort());
        }
        ServerSocket socket = new ServerSocket();
        try {
            // a simulator restarted right away must get its port back, despite connections in TIME_WAIT
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bindAddress, requestedPort));
        } catch (BindException e) {
            socket.close();
            BindException taken = new BindException("port " + requestedPort + " is already in use");
            taken.initCause(e);
            throw taken;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
        serverSocket = socket;
        DaemonThreads.start("misono-modbus-server-" + socket.getLocalPort(), this::acceptLoop);
        LOG.debug("Modbus TCP server listening on {}", socket.getLocalSocketAddress());
    }

    /** The port the server listens on. */
    public synchronized int port() {
        if (serverSocket == null) {
            throw new IllegalStateException("not started");
        }
        return serverSocket.getLocalPort();
    }

    /** Connections open right now. */
    public int connectionCount() {
        return connections.size();
    }

    /**
     * Closes every client connection but keeps listening, as a device does that reboots its network
     * stack; clients see the link drop and can reconnect.
     */
    public void dropConnections() {
        connections.forEach(ServerConnection::close);
    }

    /** Stops listening and closes every connection. */
    @Override
    public synchronized void close() {
        closed = true;
        if (serverSocket != null) {
            try {
                serverSocket.close();
            } catch (IOException e) {
                LOG.debug("closing server socket", e);
            }
        }
        dropConnections();
    }

    private void acceptLoop() {
        ServerSocket listening;
        synchronized (this) {
            listening = serverSocket;
        }
        while (!closed) {
            try {
                Socket socket = listening.accept();
                socket.setTcpNoDelay(true);
                ServerConnection connection = new ServerConnection(socket, handler, connections::remove);
                connections.add(connection);
                if (closed) {
                    connection.close();
                    return;
                }
                DaemonThreads.start("misono-modbus-server-" + listening.getLocalPort() + "-"
                        + connection.peer(), connection::serve);
            } catch (IOException e) {
                if (!closed) {
                    LOG.warn("Modbus TCP server on port {} stopped accepting: {}", listening.getLocalPort(),
                            e.toString());
                }
                return;
            }
        }
    }
}
