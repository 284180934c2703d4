package org.misono.sim.modbus.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code modbus-sim}: a simulated field device on a Modbus TCP port. */
@Command(name = "modbus-sim", mixinStandardHelpOptions = true, version = "modbus-sim 0.1.0",
        description = "Simulates a Misono field device on a Modbus TCP port, laid out exactly as its device "
                + "profile says, so a gateway can be set up and tested without the real device.",
        subcommands = {StationCommand.class, MeterCommand.class, ServeCommand.class, ListCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"",
            "Examples:",
            "  modbus-sim station                  12-dock station, port 1502, unit id 1",
            "  modbus-sim station --port 1503 --seed 7",
            "                                      a second station, the same every run",
            "  modbus-sim meter --pv-peak 4000 --speed 60",
            "                                      a home with solar, an hour a minute",
            "  modbus-sim serve --profile ./acme-x.yaml",
            "                                      any profile file",
            "",
            "Addresses count from 0, as in the profiles. Tools that count from 1 show",
            "them one higher (mbpoll does unless given -0)."})
public final class ModbusSimCommand implements Runnable {

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        configureLogging(List.of(args).contains("-q") || List.of(args).contains("--quiet"));
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line with its output going to the given writers; returns the exit code. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new ModbusSimCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UserError) {
                commandLine.getErr().println("modbus-sim: " + e.getMessage());
                commandLine.getErr().flush();
                return 1;
            }
            throw e;
        });
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * slf4j-simple reads its settings once, when the first logger is made, which the profile loader does
     * before any option is parsed; so --quiet is looked for in the raw arguments.
     */
    private static void configureLogging(boolean quiet) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", quiet ? "warn" : "info");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "HH:mm:ss");
        System.setProperty("org.slf4j.simpleLogger.showThreadName", "false");
        System.setProperty("org.slf4j.simpleLogger.showLogName", "false");
        System.setProperty("org.slf4j.simpleLogger.levelInBrackets", "true");
    }
}
