package org.misono.modbus.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.misono.modbus.Hex.bytes;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.misono.modbus.ExceptionCode;
import org.misono.modbus.ModbusFrameException;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ModbusTimeoutException;
import org.misono.modbus.ReadRequest;

@Timeout(30)
class ModbusTcpClientTest {

    private final ScriptedDevice device = newDevice();
    private ModbusTcpClient client;

    @AfterEach
    void tearDown() throws IOException {
        if (client != null) {
            client.close();
        }
        device.close();
    }

    @Test
    void pipelined_answers_in_reverse_order_reach_the_request_they_belong_to() throws Exception {
        connect(ModbusTcpClient.Options.defaults().withMaxInFlight(4));
        List<CompletableFuture<ModbusResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            futures.add(client.send(1, ReadRequest.readHoldingRegisters(100 * i, 1)));
        }

        // all four are on the wire before any answer
        List<MbapFrame> frames = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            frames.add(device.readFrame());
        }
        assertThat(frames).extracting(MbapFrame::transactionId).doesNotHaveDuplicates();
        for (int i = 3; i >= 0; i--) {
            MbapFrame frame = frames.get(i);
            device.answer(frame, ModbusResponse.ofRegisters(device.request(frame).address()));
        }

        for (int i = 0; i < 4; i++) {
            assertThat(futures.get(i).get(5, TimeUnit.SECONDS).registers()).containsExactly(100 * i);
        }
    }

    @Test
    void requests_beyond_max_in_flight_wait_for_a_free_slot() throws Exception {
        connect(ModbusTcpClient.Options.defaults().withMaxInFlight(2));
        CompletableFuture<ModbusResponse> first = client.send(1, ReadRequest.readInputRegisters(1, 1));
        client.send(1, ReadRequest.readInputRegisters(2, 1));
        CompletableFuture<ModbusResponse> third = client.send(1, ReadRequest.readInputRegisters(3, 1));

        MbapFrame frame1 = device.readFrame();
        device.readFrame();
        device.expectSilence(Duration.ofMillis(300));
        device.answer(frame1, ModbusResponse.ofRegisters(11));
        MbapFrame frame3 = device.readFrame();
        device.answer(frame3, ModbusResponse.ofRegisters(33));

        assertThat(first.get(5, TimeUnit.SECONDS).registers()).containsExactly(11);
        assertThat(third.get(5, TimeUnit.SECONDS).registers()).containsExactly(33);
        assertThat(device.request(frame3)).isEqualTo(ReadRequest.readInputRegisters(3, 1));
    }

    @Test
    void one_in_flight_means_strictly_one_at_a_time() throws Exception {
        connect(ModbusTcpClient.Options.defaults());
        client.send(1, ReadRequest.readCoils(0, 1));
        client.send(1, ReadRequest.readCoils(1, 1));

        device.readFrame();
        device.expectSilence(Duration.ofMillis(300));
    }

    @Test
    void unanswered_request_times_out_and_the_connection_stays_usable() throws Exception {
        connect(ModbusTcpClient.Options.defaults().withResponseTimeout(Duration.ofMillis(200)));
        long start = System.nanoTime();
        CompletableFuture<ModbusResponse> lost = client.send(7, ReadRequest.readHoldingRegisters(0, 2));
        MbapFrame unanswered = device.readFrame();

        assertThatThrownBy(() -> lost.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ModbusTimeoutException.class)
                .hasMessageContaining("within 200 ms").hasMessageContaining("unit 7,");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        assertThat(client.isConnected()).isTrue();

        // the late answer is ignored, the next request gets its own answer
        device.answer(unanswered, ModbusResponse.ofRegisters(1, 2));
        CompletableFuture<ModbusResponse> next = client.send(7, ReadRequest.readHoldingRegisters(0, 2));
        device.answer(device.readFrame(), ModbusResponse.ofRegisters(3, 4));
        assertThat(next.get(5, TimeUnit.SECONDS).registers()).containsExactly(3, 4);
    }

    @Test
    void exception_response_completes_normally_as_a_value() throws Exception {
        connect(ModbusTcpClient.Options.defaults());
        CompletableFuture<ModbusResponse> future = client.send(1, ReadRequest.readInputRegisters(500, 1));

        device.answer(device.readFrame(), ModbusResponse.exception(ExceptionCode.ILLEGAL_DATA_ADDRESS));

        ModbusResponse response = future.get(5, TimeUnit.SECONDS);
        assertThat(response.isException()).isTrue();
        assertThat(response.exceptionCode()).isEqualTo(ExceptionCode.ILLEGAL_DATA_ADDRESS);
    }

    @Test
    void garbage_header_fails_every_outstanding_request_and_closes_the_connection() throws Exception {
        connect(ModbusTcpClient.Options.defaults().withMaxInFlight(2));
        CompletableFuture<ModbusResponse> a = client.send(1, ReadRequest.readInputRegisters(0, 1));
        CompletableFuture<ModbusResponse> b = client.send(1, ReadRequest.readInputRegisters(1, 1));
        device.readFrame();
        device.readFrame();

        device.send(bytes("00 01 47 45 54 20 2F 20 48 54 54 50")); // "GET / HTTP": not Modbus

        for (CompletableFuture<ModbusResponse> f : List.of(a, b)) {
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause()
                    .isInstanceOf(ModbusFrameException.class)
                    .hasMessageContaining("protocol id");
        }
        assertThat(client.isConnected()).isFalse();
        device.expectClosedByClient();
    }

    @Test
    void answer_with_another_function_code_is_a_frame_error() throws Exception {
        connect(ModbusTcpClient.Options.defaults());
        CompletableFuture<ModbusResponse> future = client.send(1, ReadRequest.readHoldingRegisters(0, 1));
        MbapFrame request = device.readFrame();

        device.send(new MbapFrame(request.transactionId(), 1, bytes("04 02 00 0A")).encode());

        assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ModbusFrameException.class)
                .hasMessageContaining("function code 4");
        assertThat(client.isConnected()).isFalse();
    }

    @Test
    void answer_from_another_unit_is_a_frame_error() throws Exception {
        connect(ModbusTcpClient.Options.defaults());
        CompletableFuture<ModbusResponse> future = client.send(3, ReadRequest.readHoldingRegisters(0, 1));
        MbapFrame request = device.readFrame();

        device.send(new MbapFrame(request.transactionId(), 4, bytes("03 02 00 0A")).encode());

        assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(ModbusFrameException.class)
                .hasMessageContaining("from unit 4");
    }

    @Test
    void lost_link_fails_sent_and_queued_requests_at_once() throws Exception {
        connect(ModbusTcpClient.Options.defaults().withMaxInFlight(2).withResponseTimeout(Duration.ofSeconds(20)));
        List<CompletableFuture<ModbusResponse>> futures = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            futures.add(client.send(1, ReadRequest.readInputRegisters(i, 1)));
        }
        device.readFrame();
        device.readFrame();

        device.dropConnection();

        for (CompletableFuture<ModbusResponse> f : futures) {
            // well before the 20 s response timeout
            assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS)).cause().isInstanceOf(IOException.class);
        }
        assertThatThrownBy(() -> futures.get(0).get()).cause().hasMessageContaining("127.0.0.1:" + device.port());
        assertThatThrownBy(() -> futures.get(2).get()).cause().hasMessageContaining("not sent");
        await().atMost(Duration.ofSeconds(5)).until(() -> !client.isConnected());
    }

    @Test
    void after_a_lost_link_sends_fail_fast_until_connect_succeeds_again() throws Exception {
        connect(ModbusTcpClient.Options.defaults());
        device.dropConnection();
        await().atMost(Duration.ofSeconds(5)).until(() -> !client.isConnected());

        assertThatThrownBy(() -> client.send(1, ReadRequest.readCoils(0, 1)).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(IOException.class).hasMessageContaining("not connected");

        client.connect();
        device.accept();
        CompletableFuture<ModbusResponse> future = client.send(1, ReadRequest.readCoils(0, 1));
        device.answer(device.readFrame(), ModbusResponse.ofBits(true));
        assertThat(future.get(5, TimeUnit.SECONDS).bits()).containsExactly(true);
    }

    @Test
    void close_fails_outstanding_requests() throws Exception {
        connect(ModbusTcpClient.Options.defaults().withResponseTimeout(Duration.ofSeconds(20)));
        CompletableFuture<ModbusResponse> future = client.send(1, ReadRequest.readCoils(0, 1));
        device.readFrame();

        client.close();

        assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).cause()
                .isInstanceOf(IOException.class).hasMessageContaining("closed by the client");
        assertThat(client.isConnected()).isFalse();
        device.expectClosedByClient();
    }

    @Test
    void send_before_connect_fails_with_io_exception() {
        client = new ModbusTcpClient("127.0.0.1", device.port());
        assertThatThrownBy(() -> client.send(1, ReadRequest.readCoils(0, 1)).get(5, TimeUnit.SECONDS))
                .cause().isInstanceOf(IOException.class).hasMessageContaining("connect() was not called");
    }

    @Test
    void connect_to_a_port_nobody_listens_on_says_so() throws Exception {
        int freePort;
        try (ServerSocket s = new ServerSocket(0)) {
            freePort = s.getLocalPort();
        }
        client = new ModbusTcpClient("127.0.0.1", freePort);
        assertThatThrownBy(client::connect).isInstanceOf(IOException.class)
                .hasMessageContaining("cannot connect to 127.0.0.1:" + freePort);
    }

    @Test
    void invalid_options_and_unit_ids_are_refused() {
        assertThatThrownBy(() -> ModbusTcpClient.Options.defaults().withMaxInFlight(0))
                .hasMessageContaining("maxInFlight");
        assertThatThrownBy(() -> ModbusTcpClient.Options.defaults().withResponseTimeout(Duration.ZERO))
                .hasMessageContaining("response timeout");
        client = new ModbusTcpClient("127.0.0.1", device.port());
        assertThatThrownBy(() -> client.send(256, ReadRequest.readCoils(0, 1))).hasMessageContaining("unit id");
    }

    private void connect(ModbusTcpClient.Options options) throws IOException {
        client = new ModbusTcpClient("127.0.0.1", device.port(), options);
        client.connect();
        device.accept();
    }

    private static ScriptedDevice newDevice() {
        try {
            return new ScriptedDevice();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
