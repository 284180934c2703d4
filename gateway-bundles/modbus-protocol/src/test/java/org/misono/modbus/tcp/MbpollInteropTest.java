package org.misono.modbus.tcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.misono.modbus.ExceptionCode;
import org.misono.modbus.FunctionCode;
import org.misono.modbus.ModbusRequest;
import org.misono.modbus.ModbusResponse;
import org.misono.modbus.ReadRequest;
import org.misono.modbus.WriteMultipleRegisters;
import org.misono.modbus.WriteSingleCoil;
import org.misono.modbus.WriteSingleRegister;

/**
 * Our server driven by mbpoll, an independent Modbus master (libmodbus). Skipped when mbpoll is not
 * installed, unless MISONO_REQUIRE_PEERS=1 demands the real peers.
 */
class MbpollInteropTest {

    /** 230.5 as an IEEE 754 float, high word first. */
    private static final int[] VOLTAGE_WORDS = {0x4366, 0x8000};

    private final List<ModbusRequest> received = new CopyOnWriteArrayList<>();
    private ModbusTcpServer server;

    @BeforeAll
    static void requireMbpoll() {
        boolean present = onPath("mbpoll");
        if (!present && "1".equals(System.getenv("MISONO_REQUIRE_PEERS"))) {
            fail("mbpoll is not installed but MISONO_REQUIRE_PEERS=1 requires it: apt-get install -y mbpoll");
        }
        assumeTrue(present, "mbpoll is not installed (apt-get install -y mbpoll); Modbus interop test skipped");
    }

    @BeforeEach
    void startServer() throws IOException {
        server = new ModbusTcpServer(InetAddress.getLoopbackAddress(), 0, (unit, request) -> {
            received.add(request);
            if (request instanceof ReadRequest r) {
                return read(r);
            }
            return ModbusResponse.writeConfirmed();
        });
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    private static ModbusResponse read(ReadRequest r) {
        if (r.address() + r.count() > 200) {
            return ModbusResponse.exception(ExceptionCode.ILLEGAL_DATA_ADDRESS);
        }
        if (r.functionCode() == FunctionCode.READ_INPUT_REGISTERS) {
            int[] words = new int[r.count()];
            for (int i = 0; i < words.length; i++) {
                int address = r.address() + i;
                words[i] = address < 2 ? VOLTAGE_WORDS[address] : 0;
            }
            return ModbusResponse.ofRegisters(words);
        }
        if (r.functionCode().addressesBits()) {
            boolean[] bits = new boolean[r.count()];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = (r.address() + i) % 3 == 0;
            }
            return ModbusResponse.ofBits(bits);
        }
        int[] words = new int[r.count()];
        for (int i = 0; i < words.length; i++) {
            words[i] = 1000 + r.address() + i;
        }
        return ModbusResponse.ofRegisters(words);
    }

    @Test
    void mbpoll_reads_holding_registers() throws Exception {
        String out = mbpoll("-t", "4", "-r", "10", "-c", "3");

        assertThat(out).contains("[10]: \t1010", "[11]: \t1011", "[12]: \t1012");
        assertThat(received).containsExactly(ReadRequest.readHoldingRegisters(10, 3));
    }

    @Test
    void mbpoll_reads_a_big_endian_float_from_input_registers() throws Exception {
        String out = mbpoll("-t", "3:float", "-B", "-r", "0", "-c", "1");

        assertThat(out).contains("[0]: \t230.5");
        assertThat(received).containsExactly(ReadRequest.readInputRegisters(0, 2));
    }

    @Test
    void mbpoll_reads_coils_and_discrete_inputs() throws Exception {
        assertThat(mbpoll("-t", "0", "-r", "3", "-c", "2")).contains("[3]: \t1", "[4]: \t0");
        assertThat(mbpoll("-t", "1", "-r", "6", "-c", "1")).contains("[6]: \t1");
        assertThat(received).containsExactly(ReadRequest.readCoils(3, 2), ReadRequest.readDiscreteInputs(6, 1));
    }

    @Test
    void mbpoll_writes_a_coil_and_registers() throws Exception {
        mbpoll("-t", "0", "-r", "5", "127.0.0.1", "1");
        mbpoll("-t", "4", "-r", "7", "127.0.0.1", "513");
        mbpoll("-t", "4", "-r", "20", "127.0.0.1", "1", "2", "65535");

        assertThat(received).containsExactly(
                new WriteSingleCoil(5, true),
                new WriteSingleRegister(7, 513),
                new WriteMultipleRegisters(20, new int[] {1, 2, 65535}));
    }

    @Test
    void mbpoll_reports_our_exception_response() throws Exception {
        String out = mbpollExpectingFailure("-t", "4", "-r", "199", "-c", "2");

        assertThat(out).containsIgnoringCase("illegal data address");
    }

    private String mbpoll(String... options) throws Exception {
        Run run = run(options);
        assertThat(run.exitCode).as("mbpoll output:%n%s", run.output).isZero();
        return run.output;
    }

    private String mbpollExpectingFailure(String... options) throws Exception {
        return run(options).output;
    }

    private record Run(int exitCode, String output) {
    }

    private Run run(String... options) throws Exception {
        List<String> command = new ArrayList<>(List.of("mbpoll", "-m", "tcp", "-p", String.valueOf(server.port()),
                "-a", "1", "-0", "-1", "-o", "2"));
        boolean hostGiven = false;
        for (String option : options) {
            hostGiven |= option.equals("127.0.0.1");
            command.add(option);
        }
        if (!hostGiven) {
            command.add("127.0.0.1");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("mbpoll did not finish within 15 s: " + command);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.exitValue(), output);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (new File(dir, program).canExecute()) {
                return true;
            }
        }
        return false;
    }
}
