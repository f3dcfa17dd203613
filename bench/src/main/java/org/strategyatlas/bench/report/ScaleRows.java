package org.strategyatlas.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The rows of one generated dataset: our run, the same computation in DuckDB, the raw read limit, and the
 * ratios between them. Files in the results folder: {@code data-KEY.manifest.json} (the generator's),
 * {@code ours-KEY.*} (+ the run's manifest), {@code duckdb-KEY.*}, {@code raw-KEY.*}.
 */
final class ScaleRows {

    private final Results results;
    private final String key;
    private final String label;

    ScaleRows(Results results, String key, String label) {
        this.results = results;
        this.key = key;
        this.label = label;
    }

    List<Report.Row> rows() throws IOException {
        Optional<JsonNode> data = results.json("data-" + key + ".manifest");
        Optional<Measurement> ours = results.measurement("ours-" + key);
        Optional<Measurement> duck = results.measurement("duckdb-" + key);
        Optional<Measurement> raw = results.measurement("raw-" + key);
        if (data.isEmpty() && ours.isEmpty() && duck.isEmpty() && raw.isEmpty()) {
            return List.of(new Report.Row("normalise + compare, " + label + " figures", "", "not run", "", "",
                    "skipped by --quick"));
        }
        long figures = data.map(d -> d.path("rows").path("data/figures.csv").asLong()).orElse(0L);
        String input = figures > 0 ? Fmt.count(figures) + " figures" : label + " figures";
        Optional<JsonNode> oursManifest = results.json("ours-" + key + ".manifest");
        Optional<JsonNode> duckJson = results.json("duckdb-" + key);
        Optional<JsonNode> rawJson = results.json("raw-" + key);

        List<Report.Row> rows = new ArrayList<>();
        rows.add(timed("ours: `./atlas run --quiet`, -Xmx1g, local[*]", input, ours, figures,
                oursManifest.map(Report::timings).orElse("")));
        rows.add(timed("DuckDB " + duckJson.map(j -> j.path("duckdb_version").asText()).orElse("")
                        + ": normalise_compare.sql, threads=2", input, duck, figures,
                duckJson.map(ScaleRows::duckSteps).orElse("")));
        rows.add(rawRow(raw, rawJson));
        OptionalDouble rawSeconds = raw.filter(Measurement::ok).isPresent() && rawJson.isPresent()
                ? OptionalDouble.of(rawJson.get().path("median_seconds").asDouble()) : OptionalDouble.empty();
        OptionalDouble duckWall = duck.filter(Measurement::ok).map(m -> OptionalDouble.of(m.time().wallSeconds()))
                .orElse(OptionalDouble.empty());
        OptionalDouble duckQuery = duck.filter(Measurement::ok).isPresent() && duckJson.isPresent()
                ? OptionalDouble.of(duckJson.get().path("query_ms").asDouble() / 1000) : OptionalDouble.empty();
        Report.Row versusDuck = ratio("ratio ours / DuckDB", input, ours, duckWall, oursSteps(oursManifest),
                duckQuery, "DuckDB's query time");
        Optional<String> agreement = TotalsCheck.compare(results.file("ours-" + key + ".country_comparison.csv"),
                results.file("duckdb-" + key + ".totals.csv"));
        rows.add(agreement.isEmpty() ? versusDuck : new Report.Row(versusDuck.benchmark(), versusDuck.input(),
                versusDuck.result(), "", "", join(agreement.get(), versusDuck.notes())));
        rows.add(ratio("ratio ours / raw read limit", input, ours, rawSeconds, oursSteps(oursManifest), rawSeconds,
                "the raw read"));
        return rows;
    }

    private static Report.Row timed(String name, String input, Optional<Measurement> run, long figures,
                                    String notes) {
        if (run.isEmpty()) {
            return new Report.Row(name, input, "not run", "", "", "");
        }
        Measurement m = run.get();
        if (!m.ok()) {
            return Report.failed(name, input, m);
        }
        String result = figures > 0 ? Fmt.rate(figures / m.time().wallSeconds(), "figures") : "";
        return new Report.Row(name, input, result, Fmt.seconds(m.time().wallSeconds()),
                Fmt.memory(m.time().maxRssKb()), notes);
    }

    private Report.Row rawRow(Optional<Measurement> run, Optional<JsonNode> json) {
        String name = "raw read limit: figures.csv + initiatives.csv split into fields, 2 threads";
        if (run.isEmpty()) {
            return new Report.Row(name, "", "not run", "", "", "");
        }
        if (!run.get().ok() || json.isEmpty()) {
            return Report.failed(name, "", run.get());
        }
        JsonNode j = json.get();
        double seconds = j.path("median_seconds").asDouble();
        long records = j.path("records").asLong();
        return new Report.Row(name, Fmt.bytes(j.path("bytes").asLong()) + ", " + Fmt.count(records) + " records",
                Fmt.rate(j.path("bytes").asLong() / 1e9 / seconds, "GB") + ", "
                        + Fmt.rate(records / seconds, "records"), Fmt.seconds(seconds),
                Fmt.memory(run.get().time().maxRssKb()),
                "median of " + j.path("seconds").size() + " passes after an untimed one (page cache warm); "
                        + Fmt.count(j.path("irregular").asLong()) + " lines with another field count than the header");
    }

    /**
     * Our wall time (a cold process) over the other's seconds, and where our manifest has them, our ingest +
     * normalise_compare steps over the other's time inside.
     */
    private static Report.Row ratio(String name, String input, Optional<Measurement> ours, OptionalDouble other,
                                    OptionalDouble oursInside, OptionalDouble otherInside, String otherLabel) {
        if (ours.isEmpty()) {
            return new Report.Row(name, input, "n/a (ours not run)", "", "", "");
        }
        if (!ours.get().ok()) {
            return new Report.Row(name, input, "n/a (ours failed)", "", "", "");
        }
        if (other.isEmpty() || other.getAsDouble() <= 0) {
            return new Report.Row(name, input, "n/a (no time for " + otherLabel + ")", "", "", "");
        }
        String result = Fmt.ratio(ours.get().time().wallSeconds() / other.getAsDouble()) + " (our wall time)";
        String notes = "";
        if (oursInside.isPresent() && otherInside.isPresent() && otherInside.getAsDouble() > 0) {
            notes = Fmt.ratio(oursInside.getAsDouble() / otherInside.getAsDouble())
                    + " for our ingest + normalise_compare steps (" + Fmt.seconds(oursInside.getAsDouble())
                    + ") against " + otherLabel + " (" + Fmt.seconds(otherInside.getAsDouble()) + ")";
        }
        return new Report.Row(name, input, result, "", "", notes);
    }

    private static String join(String first, String second) {
        return second.isEmpty() ? first : first + "; " + second;
    }

    private static OptionalDouble oursSteps(Optional<JsonNode> manifest) {
        if (manifest.isEmpty()) {
            return OptionalDouble.empty();
        }
        JsonNode t = manifest.get().path("timings_ms");
        if (!t.has("normalise_compare")) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((t.path("ingest").asDouble() + t.path("normalise_compare").asDouble()) / 1000);
    }

    private static String duckSteps(JsonNode json) {
        List<String> parts = new ArrayList<>();
        json.path("steps_ms").fields().forEachRemaining(e -> parts.add(e.getKey() + " "
                + Fmt.seconds(e.getValue().asDouble() / 1000)));
        return "inside DuckDB: " + String.join(", ", parts) + "; peak RSS includes DuckDB's native memory";
    }
}
