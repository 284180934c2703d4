package org.misono.sim.modbus.cli;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/** Durations as people type them: {@code 500ms}, {@code 1s}, {@code 2.5s}, {@code 10m}, {@code 1h}, or seconds. */
final class DurationConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern DURATION = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    @Override
    public Duration convert(String value) {
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException(
                    "'" + value + "' is not a duration; write for example 500ms, 1s, 2.5s, 10m or 1h");
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        long millisPerUnit = switch (unit) {
            case "ms" -> 1;
            case "s" -> 1000;
            case "m", "min" -> 60_000;
            default -> 3_600_000;
        };
        Duration d = Duration.ofMillis(amount.multiply(BigDecimal.valueOf(millisPerUnit)).longValue());
        if (d.isZero()) {
            throw new CommandLine.TypeConversionException("'" + value + "' is too short; give at least 1ms");
        }
        return d;
    }

    /** The way people write it back, e.g. 1s, 250ms, 10m. */
    static String format(Duration d) {
        long ms = d.toMillis();
        if (ms % 3_600_000 == 0) {
            return ms / 3_600_000 + "h";
        }
        if (ms % 60_000 == 0) {
            return ms / 60_000 + "m";
        }
        return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
