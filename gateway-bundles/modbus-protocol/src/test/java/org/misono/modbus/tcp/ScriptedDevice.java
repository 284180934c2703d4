package org.misono.modbus.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.Pdu;

/**
 * A device the test drives byte by byte over a real loopback socket: it reads frames when told to and
 * answers what, when and in which order the test says, garbage included.
 */
final class ScriptedDevice implements AutoCloseable {

    private static final int READ_TIMEOUT_MS = 5000;

    private final ServerSocket server;
    private Socket connection;
    private InputStream in;
    private OutputStream out;

    ScriptedDevice() throws IOException {
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(READ_TIMEOUT_MS);
    }

    int port() {
        return server.getLocalPort();
    }

    /** Waits for the client's connection. */
    void accept() throws IOException {
        connection = server.accept();
        connection.setSoTimeout(READ_TIMEOUT_MS);
        in = new BufferedInputStream(connection.getInputStream());
        out = connection.getOutputStream();
    }

    MbapFrame readFrame() throws IOException, ModbusFrameException {
        return MbapFrame.read(in);
    }

    ModbusRequest request(MbapFrame frame) throws ModbusFrameException {
        return Pdu.decodeRequest(frame.pdu());
    }

    void answer(MbapFrame request, ModbusResponse response) throws IOException, ModbusFrameException {
        byte[] pdu = Pdu.encodeResponse(request(request), response);
        send(new MbapFrame(request.transactionId(), request.unitId(), pdu).encode());
    }

    void send(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    /** Asserts the client sends nothing for a while: the only way to show that something does not happen. */
    void expectSilence(Duration duration) throws IOException {
        connection.setSoTimeout((int) duration.toMillis());
        try {
            int b = in.read();
            fail("expected no frame, but the client sent " + (b < 0 ? "end of stream" : "byte " + b));
        } catch (SocketTimeoutException expected) {
            // nothing arrived
        } finally {
            connection.setSoTimeout(READ_TIMEOUT_MS);
        }
    }

    /** Asserts the client closed the connection. */
    void expectClosedByClient() throws IOException {
        assertThat(in.read()).isEqualTo(-1);
    }

    void dropConnection() throws IOException {
        connection.close();
    }

    @Override
    public void close() throws IOException {
        if (connection != null) {
            connection.close();
        }
        server.close();
    }
}
