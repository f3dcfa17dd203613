package org.strategyatlas.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The raw results folder that bench/run fills: timed commands, JSON written beside them, the machine. */
final class Results {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;

    Results(Path dir) {
        this.dir = dir;
    }

    Optional<Measurement> measurement(String name) throws IOException {
        return Measurement.load(dir, name);
    }

    /** {@code NAME.json}, or empty when it was not written. */
    Optional<JsonNode> json(String name) throws IOException {
        Path file = dir.resolve(name + ".json");
        return Files.isRegularFile(file) ? Optional.of(JSON.readTree(file.toFile())) : Optional.empty();
    }

    /** A file of the results folder (which may not exist). */
    Path file(String name) {
        return dir.resolve(name);
    }

    /** The lines of {@code machine.txt} (nproc, memory, Java, CPU), or none. */
    List<String> machine() throws IOException {
        Path file = dir.resolve("machine.txt");
        return Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList() : List.of();
    }
}
