package org.misono.modbus.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.misono.modbus.Hex.bytes;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.misono.modbus.ExceptionCode;
import org.misono.modbus.ModbusRequestHandler;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ModbusTimeoutException;
import org.misono.modbus.ReadRequest;
import org.misono.modbus.WriteMultipleRegisters;
import org.misono.modbus.WriteSingleRegister;

@Timeout(30)
class ModbusTcpServerTest {

    /** Holding registers 0..999, each holding its address until written. */
    private final ConcurrentHashMap<Integer, Integer> registers = new ConcurrentHashMap<>();
    private final ModbusRequestHandler registerBank = (unit, request) -> {
        if (request instanceof ReadRequest r && r.functionCode().code() == 3) {
            if (r.address() + r.count() > 1000) {
                return ModbusResponse.exception(ExceptionCode.ILLEGAL_DATA_ADDRESS);
            }
            int[] values = new int[r.count()];
            for (int i = 0; i < values.length; i++) {
                values[i] = registers.getOrDefault(r.address() + i, r.address() + i);
            }
            return ModbusResponse.ofRegisters(values);
        }
        if (request instanceof WriteSingleRegister w) {
            registers.put(w.address(), w.value());
            return ModbusResponse.writeConfirmed();
        }
        if (request instanceof WriteMultipleRegisters w) {
            for (int i = 0; i < w.quantity(); i++) {
                registers.put(w.address() + i, w.value(i));
            }
            return ModbusResponse.writeConfirmed();
        }
        return ModbusResponse.exception(ExceptionCode.ILLEGAL_FUNCTION);
    };

    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable r : resources) {
            r.close();
        }
    }

    @Test
    void client_reads_and_writes_through_the_server() throws Exception {
        ModbusTcpServer server = start(registerBank);
        ModbusTcpClient client = connect(server, ModbusTcpClient.Options.defaults());

        assertThat(client.send(1, ReadRequest.readHoldingRegisters(10, 3)).get(5, TimeUnit.SECONDS).registers())
                .containsExactly(10, 11, 12);
        assertThat(client.send(1, new WriteMultipleRegisters(11, new int[] {0xBEEF, 7})).get(5, TimeUnit.SECONDS)
                .isWriteConfirmation()).isTrue();
        assertThat(client.send(1, ReadRequest.readHoldingRegisters(10, 3)).get(5, TimeUnit.SECONDS).registers())
                .containsExactly(10, 0xBEEF, 7);
        assertThat(client.send(1, ReadRequest.readHoldingRegisters(999, 2)).get(5, TimeUnit.SECONDS).exceptionCode())
                .isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
    }

    @Test
    void pipelined_requests_are_all_answered_in_order() throws Exception {
        ModbusTcpServer server = start(registerBank);
        ModbusTcpClient client = connect(server, ModbusTcpClient.Options.defaults().withMaxInFlight(8));
        List<CompletableFuture<ModbusResponse>> futures = new ArrayList<>();

        for (int i = 0; i < 200; i++) {
            futures.add(client.send(1, ReadRequest.readHoldingRegisters(i, 2)));
        }

        for (int i = 0; i < 200; i++) {
            assertThat(futures.get(i).get(10, TimeUnit.SECONDS).registers()).containsExactly(i, i + 1);
        }
    }

    @Test
    void serves_several_connections_at_once() throws Exception {
        CountDownLatch bothArrived = new CountDownLatch(2);
        ModbusTcpServer server = start((unit, request) -> {
            bothArrived.countDown();
            try {
                // answers only once both connections have a request in the handler at the same time
                return bothArrived.await(5, TimeUnit.SECONDS) ? ModbusResponse.ofRegisters(unit)
                        : ModbusResponse.exception(ExceptionCode.SERVER_DEVICE_BUSY);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        });
        ModbusTcpClient.Options patient =
                ModbusTcpClient.Options.defaults().withResponseTimeout(Duration.ofSeconds(10));
        ModbusTcpClient a = connect(server, patient);
        ModbusTcpClient b = connect(server, patient);

        CompletableFuture<ModbusResponse> fromA = a.send(1, ReadRequest.readInputRegisters(0, 1));
        CompletableFuture<ModbusResponse> fromB = b.send(2, ReadRequest.readInputRegisters(0, 1));

        assertThat(fromA.get(10, TimeUnit.SECONDS).registers()).containsExactly(1);
        assertThat(fromB.get(10, TimeUnit.SECONDS).registers()).containsExactly(2);
        assertThat(server.connectionCount()).isEqualTo(2);
    }

    @Test
    void unsupported_function_gets_exception_1_with_the_same_transaction_id() throws Exception {
        ModbusTcpServer server = start(registerBank);
        try (Socket socket = rawConnection(server)) {
            // FC 43 / MEI 14: read device identification, which we do not implement
            socket.getOutputStream().write(bytes("00 2A 00 00 00 05 09 2B 0E 01 00"));

            assertThat(MbapFrame.read(socket.getInputStream())).isEqualTo(new MbapFrame(0x2A, 9, bytes("AB 01")));
        }
    }

    @Test
    void quantity_beyond_the_limit_gets_exception_3() throws Exception {
        ModbusTcpServer server = start(registerBank);
        try (Socket socket = rawConnection(server)) {
            socket.getOutputStream().write(bytes("00 01 00 00 00 06 01 03 00 00 00 7E"));

            assertThat(MbapFrame.read(socket.getInputStream()).pdu()).isEqualTo(bytes("83 03"));
        }
    }

    @Test
    void malformed_frame_makes_the_server_drop_the_connection() throws Exception {
        ModbusTcpServer server = start(registerBank);
        try (Socket socket = rawConnection(server)) {
            socket.getOutputStream().write(bytes("00 01 00 07 00 06 01 03 00 00 00 01"));

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
        try (Socket socket = rawConnection(server)) {
            // a read request one byte short is no request either
            socket.getOutputStream().write(bytes("00 01 00 00 00 05 01 03 00 00 00"));

            assertThat(socket.getInputStream().read()).isEqualTo(-1);
        }
    }

    @Test
    void failing_handler_answers_exception_4_and_the_connection_lives_on() throws Exception {
        ModbusTcpServer server = start((unit, request) -> {
            if (request.address() == 13) {
                throw new IllegalStateException("unlucky register");
            }
            return ModbusResponse.ofRegisters(42);
        });
        ModbusTcpClient client = connect(server, ModbusTcpClient.Options.defaults());

        assertThat(client.send(1, ReadRequest.readInputRegisters(13, 1)).get(5, TimeUnit.SECONDS).exceptionCode())
                .isEqualTo(ExceptionCode.SERVER_DEVICE_FAILURE);
        // a handler answer that does not fit the request is a handler bug too
        assertThat(client.send(1, ReadRequest.readInputRegisters(0, 2)).get(5, TimeUnit.SECONDS).exceptionCode())
                .isEqualTo(ExceptionCode.SERVER_DEVICE_FAILURE);
        assertThat(client.send(1, ReadRequest.readInputRegisters(0, 1)).get(5, TimeUnit.SECONDS).registers())
                .containsExactly(42);
    }

    @Test
    void handler_that_answers_nothing_leaves_the_client_to_time_out() throws Exception {
        ModbusTcpServer server = start((unit, request) -> null);
        ModbusTcpClient client = connect(server,
                ModbusTcpClient.Options.defaults().withResponseTimeout(Duration.ofMillis(150)));

        assertThatThrownBy(() -> client.send(1, ReadRequest.readCoils(0, 1)).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(ModbusTimeoutException.class);
    }

    @Test
    void dropped_connections_fail_outstanding_requests_and_the_client_can_reconnect() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inHandler = new CountDownLatch(1);
        ModbusTcpServer server = start((unit, request) -> {
            if (request.address() == 0) {
                inHandler.countDown();
                awaitQuietly(release);
            }
            return ModbusResponse.ofRegisters(request.address());
        });
        ModbusTcpClient client = connect(server, ModbusTcpClient.Options.defaults().withMaxInFlight(4)
                .withResponseTimeout(Duration.ofSeconds(20)));
        CompletableFuture<ModbusResponse> blocked = client.send(1, ReadRequest.readInputRegisters(0, 1));
        CompletableFuture<ModbusResponse> behind = client.send(1, ReadRequest.readInputRegisters(1, 1));
        assertThat(inHandler.await(5, TimeUnit.SECONDS)).isTrue();

        server.dropConnections();

        assertThatThrownBy(() -> blocked.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(IOException.class);
        assertThatThrownBy(() -> behind.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(IOException.class);
        release.countDown();
        await().atMost(Duration.ofSeconds(5)).until(() -> !client.isConnected());
        client.connect();
        assertThat(client.send(1, ReadRequest.readInputRegisters(5, 1)).get(5, TimeUnit.SECONDS).registers())
                .containsExactly(5);
    }

    @Test
    void taken_port_is_reported_as_such() throws Exception {
        ModbusTcpServer first = start(registerBank);
        ModbusTcpServer second = new ModbusTcpServer(first.port(), registerBank);
        resources.add(second);

        assertThatThrownBy(second::start).isInstanceOf(BindException.class)
                .hasMessageContaining("port " + first.port() + " is already in use");
    }

    @Test
    void closed_server_refuses_new_connections() throws Exception {
        ModbusTcpServer server = start(registerBank);
        int port = server.port();
        server.close();

        ModbusTcpClient client = new ModbusTcpClient("127.0.0.1", port);
        resources.add(client);
        assertThatThrownBy(client::connect).isInstanceOf(IOException.class);
    }

    private ModbusTcpServer start(ModbusRequestHandler handler) throws IOException {
        ModbusTcpServer server = new ModbusTcpServer(InetAddress.getLoopbackAddress(), 0, handler);
        resources.add(server);
        server.start();
        return server;
    }

    private ModbusTcpClient connect(ModbusTcpServer server, ModbusTcpClient.Options options) throws IOException {
        ModbusTcpClient client = new ModbusTcpClient("127.0.0.1", server.port(), options);
        resources.add(0, client);
        client.connect();
        return client;
    }

    private static Socket rawConnection(ModbusTcpServer server) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(5000);
        return socket;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
