package org.strategyatlas.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.strategyatlas.model.Dataset;
import org.strategyatlas.model.Source;
import org.strategyatlas.publish.CsvTableWriter;
import org.strategyatlas.publish.ParquetTables;
import org.strategyatlas.publish.RunMetadata;
import org.strategyatlas.publish.Table;
import org.strategyatlas.publish.TableMetadataWriter;
import org.strategyatlas.publish.XlsxWriter;
import org.strategyatlas.reference.ReferenceData;
import org.strategyatlas.reference.VintageRow;

/** Writes a run's tables in every format: CSV with a metadata sidecar, one XLSX workbook, Parquet folders. */
final class Publisher {

    static final String WORKBOOK = "atlas.xlsx";

    private final SparkSession spark;
    private final Path folder;
    private final RunMetadata metadata;

    Publisher(SparkSession spark, Path folder, RunMetadata metadata) {
        this.spark = spark;
        this.folder = folder;
        this.metadata = metadata;
    }

    static RunMetadata metadata(String runId, int baseYear, String currency, Dataset data, ReferenceData reference) {
        List<String> sources = data.sources().stream()
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

    void publish(List<Table> tables) throws IOException {
        Path csv = tablesFolder();
        Path parquet = Files.createDirectories(folder.resolve("parquet"));
        for (Table table : tables) {
            CsvTableWriter.write(csv.resolve(table.name() + ".csv"), table);
            TableMetadataWriter.write(csv, table, metadata);
            ParquetTables.write(spark, table, parquet);
        }
        Faults.point(Faults.TABLES_WRITTEN);
        XlsxWriter.write(folder.resolve(WORKBOOK), tables, metadata);
    }
}
