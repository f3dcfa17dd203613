package org.strategyatlas.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.strategyatlas.bench.duckdb.CountryTotals;
import org.strategyatlas.bench.duckdb.DuckDbNormaliser;
import org.strategyatlas.bench.raw.RawRead;
import org.strategyatlas.bench.report.Report;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The Java side of bench/run: one subcommand per measurement that is not a run of {@code ./atlas}. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks of Strategy Atlas; bench/run calls these.",
        subcommands = {BenchCommand.DuckDb.class, BenchCommand.Raw.class, BenchCommand.Phrases.class,
            BenchCommand.Table.class})
public final class BenchCommand {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private BenchCommand() {
    }

    /** The {@code --json} option every subcommand but report has, and the writing of its file. */
    static final class JsonOut {
        @Option(names = "--json", required = true, paramLabel = "FILE", description = "where to write the result")
        Path file;

        void write(Object value) throws IOException {
            JSON.writeValue(file.toFile(), value);
        }
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    @Command(name = "duckdb", description = "Normalise + compare one dataset in DuckDB (normalise_compare.sql).")
    static final class DuckDb implements Callable<Integer> {
        @Option(names = "--data", required = true, description = "folder with figures, initiatives and metrics")
        Path data;
        @Option(names = "--reference", required = true, description = "reference tables (data/reference)")
        Path reference;
        @Option(names = "--base-year", description = "base year (default: as the job chooses it)")
        Integer baseYear;
        @Mixin
        JsonOut json;
        @Option(names = "--totals", required = true, description = "where to write the country totals as CSV")
        Path totals;

        @Override
        public Integer call() throws SQLException, IOException {
            try (DuckDbNormaliser duck = DuckDbNormaliser.run(data, reference, baseYear)) {
                Map<String, Long> steps = duck.stepMillis();
                long queryMillis = steps.entrySet().stream().filter(e -> !e.getKey().equals(DuckDbNormaliser.CONNECT))
                        .mapToLong(Map.Entry::getValue).sum();
                List<CountryTotals> rows = duck.totals();
                writeTotals(rows, totals);
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("duckdb_version", duck.engineVersion());
                out.put("threads", 2);
                out.put("figures", duck.figureCount());
                out.put("base_year", duck.baseYear());
                out.put("jurisdictions", rows.size());
                out.put("covered_initiatives", duck.coveredInitiatives());
                out.put("steps_ms", steps);
                out.put("query_ms", queryMillis);
                json.write(out);
            }
            return 0;
        }

        private static void writeTotals(List<CountryTotals> rows, Path file) throws IOException {
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("jurisdiction," + String.join(",", CountryTotals.COLUMNS) + "\n");
                for (CountryTotals row : rows) {
                    StringBuilder line = new StringBuilder(row.jurisdiction());
                    for (String column : CountryTotals.COLUMNS) {
                        Double value = row.get(column);
                        line.append(',').append(value == null ? "" : BigDecimal.valueOf(value).toPlainString());
                    }
                    w.write(line.append('\n').toString());
                }
            }
        }
    }

    @Command(name = "raw-read", description = "Time reading and splitting CSV files into fields, nothing else.")
    static final class Raw implements Callable<Integer> {
        @Option(names = "--threads", defaultValue = "2", description = "threads (default: ${DEFAULT-VALUE})")
        int threads;
        @Option(names = "--runs", defaultValue = "5", description = "timed passes (default: ${DEFAULT-VALUE})")
        int runs;
        @Mixin
        JsonOut json;
        @Parameters(arity = "1..*", paramLabel = "FILE", description = "CSV files with a header line")
        List<Path> files;

        @Override
        public Integer call() throws IOException, InterruptedException {
            RawRead.Result r = RawRead.run(files, threads, runs);
            double median = r.medianSeconds();
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("files", files.stream().map(Path::toString).toList());
            out.put("bytes", r.bytes());
            out.put("records", r.records());
            out.put("fields", r.fields());
            out.put("irregular", r.irregular());
            out.put("threads", r.threads());
            out.put("seconds", r.seconds());
            out.put("median_seconds", median);
            out.put("gb_per_s", r.bytes() / 1e9 / median);
            out.put("records_per_s", r.records() / median);
            json.write(out);
            return 0;
        }
    }

    @Command(name = "phrases", description = "Write phrase lines for timing atlas parse, from an answer key.")
    static final class Phrases implements Callable<Integer> {
        @Option(names = "--answers", required = true, description = "documents/phrases.csv of atlas generate")
        Path answers;
        @Option(names = "--count", required = true, description = "lines to write")
        long count;
        @Option(names = "--out", required = true, description = "the phrase file")
        Path out;
        @Mixin
        JsonOut json;

        @Override
        public Integer call() throws IOException {
            PhraseLines.Written w = PhraseLines.write(answers, count, out);
            json.write(Map.of("lines", w.lines(), "bytes", w.bytes(), "distinct", w.distinct()));
            return 0;
        }
    }

    @Command(name = "report", description = "Print the Markdown table of a results folder.")
    static final class Table implements Callable<Integer> {
        @Option(names = "--results", required = true, description = "bench/target/results")
        Path results;

        @Override
        public Integer call() throws IOException {
            System.out.print(Report.markdown(results));
            return 0;
        }
    }
}
