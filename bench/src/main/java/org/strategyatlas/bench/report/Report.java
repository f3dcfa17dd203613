package org.strategyatlas.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.strategyatlas.bench.Median;

/** The Markdown table of every benchmark, built from the results folder of bench/run. */
public final class Report {

    /** One line of the table. */
    record Row(String benchmark, String input, String result, String wall, String rss, String notes) {
    }

    static final int CURATED_RUNS = 5;
    private static final String NOT_RUN = "not run";

    private final Results results;

    private Report(Path dir) {
        this.results = new Results(dir);
    }

    /** The machine lines, then the table. */
    public static String markdown(Path dir) throws IOException {
        Report report = new Report(dir);
        StringBuilder out = new StringBuilder();
        for (String line : report.results.machine()) {
            out.append("- ").append(line).append('\n');
        }
        out.append('\n').append("| benchmark | input | result | wall time | peak RSS | notes |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Row row : report.rows()) {
            out.append("| ").append(String.join(" | ", row.benchmark(), row.input(), row.result(), row.wall(),
                    row.rss(), row.notes())).append(" |\n");
        }
        return out.toString();
    }

    /** The rows of the table, for tests. */
    static List<Row> markdownRows(Path dir) throws IOException {
        return new Report(dir).rows();
    }

    private List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        curated().ifPresent(rows::add);
        rows.addAll(new ScaleRows(results, "1m", "1 M").rows());
        rows.addAll(new ScaleRows(results, "10m", "10 M").rows());
        rows.add(extraction());
        rows.add(parsing());
        return rows;
    }

    /** The default run on the curated data: the median of the runs' wall times and of their peak RSS. */
    private Optional<Row> curated() throws IOException {
        List<Measurement> runs = new ArrayList<>();
        for (int i = 1; i <= CURATED_RUNS; i++) {
            results.measurement("curated-" + i).ifPresent(runs::add);
        }
        String name = "`./atlas run`, curated data, cold JVM (median of " + CURATED_RUNS + ")";
        if (runs.isEmpty()) {
            return Optional.of(new Row(name, "data/", NOT_RUN, "", "", ""));
        }
        List<Measurement> failed = runs.stream().filter(m -> !m.ok()).toList();
        if (!failed.isEmpty()) {
            return Optional.of(new Row(name, "data/", failed.get(0).failure(), "", "",
                    failed.size() + " of " + runs.size() + " runs failed"));
        }
        List<Double> walls = runs.stream().map(m -> m.time().wallSeconds()).toList();
        double wall = Median.of(walls);
        double rss = Median.of(runs.stream().map(m -> (double) m.time().maxRssKb()).toList());
        String spread = String.format(Locale.ROOT, "%d runs, %s to %s", runs.size(),
                Fmt.seconds(walls.stream().min(Double::compare).orElseThrow()),
                Fmt.seconds(walls.stream().max(Double::compare).orElseThrow()));
        Measurement middle = runs.stream().filter(m -> m.time().wallSeconds() == wall).findFirst().orElseThrow();
        String steps = results.json(middle.name() + ".manifest").map(Report::timings).orElse("");
        return Optional.of(new Row(name, "data/ (" + inputRows(middle) + ")", "", Fmt.seconds(wall),
                Fmt.memory((long) rss), spread + (steps.isEmpty() ? "" : "; median run's steps: " + steps)));
    }

    private String inputRows(Measurement run) throws IOException {
        return results.json(run.name() + ".manifest")
                .map(m -> Fmt.count(m.path("input_totals").path("rows_read").asLong()) + " rows")
                .orElse("rows unknown");
    }

    private Row extraction() throws IOException {
        return withInput("`./atlas extract`, generated documents", "extract-1g", "1 GB", "skipped by --quick",
                new Described(in -> Fmt.bytes(in.path("bytes").asLong()) + " in "
                        + Fmt.count(in.path("files").asLong()) + " files",
                        (in, wall) -> Fmt.rate(in.path("bytes").asLong() / 1e6 / wall, "MB"),
                        in -> Fmt.count(in.path("candidates").asLong()) + " candidates written; local[*]"));
    }

    private Row parsing() throws IOException {
        return withInput("`./atlas parse`, phrase lines on stdin", "parse", "", "",
                new Described(in -> Fmt.count(in.path("lines").asLong()) + " phrases ("
                        + Fmt.bytes(in.path("bytes").asLong()) + ")",
                        (in, wall) -> Fmt.rate(in.path("lines").asLong() / wall, "phrases"),
                        in -> "one thread; " + Fmt.count(in.path("distinct").asLong())
                                + " different phrases in nine languages, read without --lang; includes JVM start"));
    }

    /** How a row describes a command's input ({@code NAME.input.json}), its throughput and notes. */
    private record Described(Function<JsonNode, String> input, BiFunction<JsonNode, Double, String> result,
                             Function<JsonNode, String> notes) {
    }

    private Row withInput(String label, String name, String missingInput, String missingNotes, Described how)
            throws IOException {
        Optional<Measurement> run = results.measurement(name);
        Optional<JsonNode> input = results.json(name + ".input");
        if (run.isEmpty() || input.isEmpty()) {
            return new Row(label, missingInput, NOT_RUN, "", "", missingNotes);
        }
        Measurement m = run.get();
        String in = how.input().apply(input.get());
        if (!m.ok()) {
            return failed(label, in, m);
        }
        double wall = m.time().wallSeconds();
        return new Row(label, in, how.result().apply(input.get(), wall), Fmt.seconds(wall),
                Fmt.memory(m.time().maxRssKb()), how.notes().apply(input.get()));
    }

    /** A row for a command that did not succeed: what it said last, with its time and memory until then. */
    static Row failed(String name, String input, Measurement m) {
        return new Row(name, input, m.failure(), Fmt.seconds(m.time().wallSeconds()), Fmt.memory(m.time().maxRssKb()),
                "");
    }

    /** The run's step timings from manifest.json ({@code timings_ms}), e.g. "ingest 1.3 s, publish 26 s". */
    static String timings(JsonNode manifest) {
        JsonNode timings = manifest.has("timings_ms") ? manifest.path("timings_ms") : manifest.path("timings");
        List<String> parts = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = timings.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> step = it.next();
            parts.add(step.getKey() + " " + Fmt.seconds(step.getValue().asDouble() / 1000));
        }
        return parts.stream().collect(Collectors.joining(", "));
    }
}
