package org.strategyatlas.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.strategyatlas.compare.Breakdown;
import org.strategyatlas.charts.ChartContext;
import org.strategyatlas.charts.ChartExporter;
import org.strategyatlas.charts.ChartSpec;
import org.strategyatlas.charts.RunCharts;
import org.strategyatlas.model.Source;
import org.strategyatlas.publish.CsvTableWriter;
import org.strategyatlas.publish.ParquetTables;
import org.strategyatlas.publish.RunMetadata;
import org.strategyatlas.publish.Table;
import org.strategyatlas.publish.TableMetadataWriter;
import org.strategyatlas.publish.XlsxWriter;
import org.strategyatlas.reference.ReferenceData;
import org.strategyatlas.report.ChartFile;
import org.strategyatlas.report.IndexPage;
import org.strategyatlas.report.ReportWriter;
import org.strategyatlas.reference.VintageRow;

/**
 * Writes a run's outputs: tables as CSV with a metadata sidecar, one XLSX workbook and Parquet folders; the
 * charts as PDF, SVG and PNG; report.pdf and index.html.
 */
final class Publisher {

    static final String WORKBOOK = "atlas.xlsx";
    static final String REPORT = "report.pdf";
    static final String INDEX = "index.html";

    private final SparkSession spark;
    private final Path folder;
    private final RunMetadata metadata;

    Publisher(SparkSession spark, Path folder, RunMetadata metadata) {
        this.spark = spark;
        this.folder = folder;
        this.metadata = metadata;
    }

    static RunMetadata metadata(String runId, int baseYear, String currency, List<Source> cited,
                                ReferenceData reference) {
        List<String> sources = cited.stream()
                .sorted(java.util.Comparator.comparing(Source::id))
                .map(s -> s.id() + ": " + s.title() + ", " + s.publisher()
                        + (s.url().isEmpty() ? "" : ", " + s.url())).toList();
        List<String> vintage = reference.vintage().stream().map(Publisher::describe).toList();
        return new RunMetadata(runId, baseYear, currency, MethodNote.lines(currency, baseYear), sources, vintage);
    }

    private static String describe(VintageRow v) {
        return String.format(Locale.ROOT, "%s: %s%s, %s, %s", v.file(),
                v.indicator().isEmpty() ? "" : v.indicator() + " from ", v.sourceFile(),
                v.lastUpdated().isEmpty() ? "release date not stated in the file" : "last updated " + v.lastUpdated(),
                v.licence().isEmpty() ? "licence: see data/reference/README.md" : v.licence());
    }

    Path tablesFolder() throws IOException {
        return Files.createDirectories(folder.resolve("tables"));
    }

    Path parquetFolder() throws IOException {
        return Files.createDirectories(folder.resolve("parquet"));
    }

    /**
     * Writes tables, charts, report, workbook and index page; returns the charts written. A table
     * written whole by Spark already ({@code writtenBySpark}, by name) gets its metadata here, nothing more.
     *
     * @param timeline the rows the timeline chart draws: {@code figures_normalised}, or one row per initiative
     */
    List<ChartFile> publish(List<Table> tables, Set<String> writtenBySpark, Table timeline, ReferenceData reference,
                            int sourceCount) throws IOException {
        Path csv = tablesFolder();
        Path parquet = parquetFolder();
        for (Table table : tables) {
            if (!writtenBySpark.contains(table.name())) {
                CsvTableWriter.write(csv.resolve(table.name() + ".csv"), table);
                ParquetTables.write(spark, table, parquet);
            }
            TableMetadataWriter.write(csv, table, metadata);
        }
        Faults.point(Faults.TABLES_WRITTEN);
        XlsxWriter.write(folder.resolve(WORKBOOK), tables, metadata);

        ChartContext context = new ChartContext(metadata.runId(), metadata.baseYear(), metadata.currency(),
                String.format(Locale.ROOT, "Sources: Strategy Atlas curated dataset (%d cited sources);"
                        + " World Bank WDI (CC BY 4.0); method: see report", sourceCount));
        Path chartsFolder = Files.createDirectories(folder.resolve("charts"));
        List<ChartFile> charts = new ArrayList<>();
        for (ChartSpec spec : RunCharts.build(table(tables, "country_comparison"), table(tables, "attributes_matrix"),
                timeline, reference, context)) {
            ChartExporter.Exported files = ChartExporter.write(spec, chartsFolder);
            charts.add(new ChartFile(spec.name(), spec.title(), spec.caption(), files.pdf(), files.svg(),
                    files.png()));
        }
        ReportWriter.write(folder.resolve(REPORT), metadata, charts, table(tables, "country_comparison"),
                table(tables, Breakdown.NAME), table(tables, "disagreements"));
        IndexPage.write(folder.resolve(INDEX), metadata, charts, tables, runFiles());
        return charts;
    }

    /** Every file of the run folder (and manifest.json, written last), relative, for the index page. */
    private List<String> runFiles() throws IOException {
        List<String> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.filter(Files::isRegularFile).map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .filter(name -> !name.startsWith("parquet/") || name.endsWith(".parquet")).sorted()
                    .forEach(files::add);
        }
        files.add("manifest.json");
        return files;
    }

    private static Table table(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + name + " among the run's tables"));
    }
}
