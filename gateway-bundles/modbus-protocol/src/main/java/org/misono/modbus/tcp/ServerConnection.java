package org.misono.modbus.tcp;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.util.function.Consumer;
import org.misono.modbus.ExceptionCode;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusRequestHandler;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.Pdu;
import org.misono.modbus.RejectedRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One client connection of a {@link ModbusTcpServer}: reads a frame, answers it, reads the next. */
final class ServerConnection {

    private static final Logger LOG = LoggerFactory.getLogger(ModbusTcpServer.class);

    private final Socket socket;
    private final ModbusRequestHandler handler;
    private final Consumer<ServerConnection> onClosed;
    private final String peer;

    ServerConnection(Socket socket, ModbusRequestHandler handler, Consumer<ServerConnection> onClosed) {
        this.socket = socket;
        this.handler = handler;
        this.onClosed = onClosed;
        this.peer = socket.getInetAddress().getHostAddress() + ":" + socket.getPort();
    }

    String peer() {
        return peer;
    }

    void serve() {
        LOG.debug("{} connected", peer);
        try (socket) {
            InputStream in = new BufferedInputStream(socket.getInputStream());
            OutputStream out = socket.getOutputStream();
            while (true) {
                MbapFrame request = MbapFrame.read(in);
                byte[] answer = answer(request);
                if (answer != null) {
                    out.write(new MbapFrame(request.transactionId(), request.unitId(), answer).encode());
                    out.flush();
                }
            }
        } catch (ModbusFrameException e) {
            LOG.info("dropping connection from {}: {}", peer, e.getMessage());
        } catch (EOFException e) {
            LOG.debug("{} disconnected", peer);
        } catch (IOException e) {
            LOG.debug("connection from {} ended: {}", peer, e.toString());
        } finally {
            onClosed.accept(this);
        }
    }

    /** The response PDU, or null when the handler chose not to answer. */
    private byte[] answer(MbapFrame frame) throws ModbusFrameException {
        ModbusRequest request;
        try {
            request = Pdu.decodeRequest(frame.pdu());
        } catch (RejectedRequestException e) {
            LOG.debug("refusing request from {}: {}", peer, e.getMessage());
            return Pdu.encodeException(e.functionCode(), e.exceptionCode());
        }
        try {
            ModbusResponse response = handler.handle(frame.unitId(), request);
            return response == null ? null : Pdu.encodeResponse(request, response);
        } catch (RuntimeException e) {
            LOG.warn("handler failed on {} from {}; answering exception 4", request, peer, e);
            return Pdu.encodeException(request.functionCode().code(), ExceptionCode.SERVER_DEVICE_FAILURE);
        }
    }

    void close() {
        try {
            socket.close();
        } catch (IOException e) {
            LOG.debug("closing connection from {}", peer, e);
        }
    }
}
