package org.misono.sim.modbus.cli;

import java.time.Duration;
import picocli.CommandLine.Option;

/** What every serving subcommand takes: where to listen, which unit, how time runs. */
final class ServeOptions {

    @Option(names = "--port", defaultValue = "1502", paramLabel = "PORT",
            description = "TCP port to serve Modbus on (default: ${DEFAULT-VALUE}; the standard 502 needs root). "
                    + "0 picks a free port.")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS",
            description = "Only listen on this address, e.g. 127.0.0.1 (default: all interfaces).")
    String bind;

    @Option(names = "--unit-id", paramLabel = "ID",
            description = "Modbus unit id to answer, 0..255 (default: the profile's, usually 1). "
                    + "Requests to other unit ids get exception 11 (gateway target failed).")
    Integer unitId;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for everything random; the same seed gives the same device (default: a random "
                    + "seed, printed at start).")
    Long seed;

    @Option(names = "--tick", defaultValue = "1s", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Real time between two register updates, like 500ms (default: ${DEFAULT-VALUE}).")
    Duration tick;

    @Option(names = "--speed", defaultValue = "1", paramLabel = "FACTOR",
            description = "Simulated seconds per real second, e.g. 60 to see an hour in a minute "
                    + "(default: ${DEFAULT-VALUE}).")
    double speed;

    @Option(names = "--duration", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Stop after this long, e.g. 10m (default: run until Ctrl-C).")
    Duration duration;

    @Option(names = {"-q", "--quiet"}, description = "Log only warnings, not every vehicle or command.")
    boolean quiet;
}
