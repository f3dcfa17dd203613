package org.strategyatlas.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * One command that bench/run timed: {@code NAME.time} (the {@code /usr/bin/time -v} report), {@code NAME.exit}
 * (the exit code the script saw) and {@code NAME.stderr} in the results folder.
 *
 * @param lastError the last non-blank line of standard error, which says what happened (or "")
 */
public record Measurement(String name, GnuTime time, int exit, String lastError) {

    /** The exit code of {@code timeout(1)} when it stopped the command. */
    static final int TIMED_OUT = 124;

    /** The measurement, or empty when the command was not run. */
    public static Optional<Measurement> load(Path results, String name) throws IOException {
        Path time = results.resolve(name + ".time");
        if (!Files.isRegularFile(time)) {
            return Optional.empty();
        }
        GnuTime parsed = GnuTime.parse(Files.readString(time, StandardCharsets.UTF_8));
        Path exitFile = results.resolve(name + ".exit");
        int exit = Files.isRegularFile(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip())
                : parsed.exitStatus();
        Path stderr = results.resolve(name + ".stderr");
        String last = "";
        if (Files.isRegularFile(stderr)) {
            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank()).toList();
            last = lines.isEmpty() ? "" : lines.get(lines.size() - 1).strip();
        }
        return Optional.of(new Measurement(name, parsed, exit, last));
    }

    public boolean ok() {
        return exit == 0;
    }

    /** "failed: exit N, last stderr line", as the report shows a failure. */
    public String failure() {
        String how = exit == TIMED_OUT ? "exit 124 (timed out)" : "exit " + exit;
        return "failed: " + how + (lastError.isEmpty() ? "" : ", " + lastError.replace('|', '/'));
    }
}
