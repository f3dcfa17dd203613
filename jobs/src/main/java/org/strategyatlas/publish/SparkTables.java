package org.strategyatlas.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.strategyatlas.spark.Rows;

/**
 * Writes a table of millions of rows from Spark without the driver holding it: the executors format each
 * partition's rows as CSV lines exactly as {@link CsvTableWriter} does and write them as part files, which are
 * then joined, in partition order, under one header ({@code tables/<name>.csv}); the Parquet folder is written
 * by the executors too. The driver keeps the first rows only, as a preview.
 */
public final class SparkTables {

    /** Rows kept for the workbook and the pages. */
    public static final int PREVIEW_ROWS = 1_000;

    private SparkTables() {
    }

    /**
     * @param ordered       the rows in their final order, one column per {@code columns} entry, in that order
     * @param parquetFolder where the Parquet folder goes; null for a CSV-only table (no preview is kept)
     * @return the table's preview: its first {@link #PREVIEW_ROWS} rows and the number of rows written
     */
    public static Table write(Dataset<Row> ordered, String name, String title, List<Column> columns, Path csvFolder,
                              Path parquetFolder) throws IOException {
        if (parquetFolder == null) { // a table for the CSV only, read once
            return new Table(name, title, columns, List.of(), writeCsv(ordered, name, columns, csvFolder));
        }
        // computed once, then read three times (CSV, Parquet, preview) from disk instead of sorted three times
        Dataset<Row> kept = ordered.persist(StorageLevel.DISK_ONLY());
        try {
            long rows = writeCsv(kept, name, columns, csvFolder);
            kept.select(ParquetTables.typed(kept, columns)).write().mode(SaveMode.ErrorIfExists)
                    .parquet(parquetFolder.resolve(name).toUri().toString());
            List<List<Object>> preview = Rows.cells(kept.limit(PREVIEW_ROWS).collectAsList());
            return new Table(name, title, columns, preview, Math.max(rows, preview.size()));
        } finally {
            kept.unpersist();
        }
    }

    /** Writes {@code tables/<name>.csv} from the executors' part files; returns the rows written. */
    private static long writeCsv(Dataset<Row> ordered, String name, List<Column> columns, Path csvFolder)
            throws IOException {
        Path csv = csvFolder.resolve(name + ".csv");
        Path parts = csvFolder.resolve("." + name + ".parts");
        LongAccumulator rows = ordered.sparkSession().sparkContext().longAccumulator(name + " rows");
        int width = columns.size();
        MapPartitionsFunction<Row, String> format = it -> lines(it, width, rows);
        ordered.mapPartitions(format, Encoders.STRING()).write().mode(SaveMode.ErrorIfExists)
                .text(parts.toUri().toString());
        try (OutputStream out = Files.newOutputStream(csv)) {
            out.write((CsvTableWriter.line(columns.stream().map(Column::name).toList()) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            for (Path part : partFiles(parts)) {
                Files.copy(part, out);
            }
        }
        deleteTree(parts);
        return rows.value();
    }

    private static Iterator<String> lines(Iterator<Row> rows, int width, LongAccumulator count) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public String next() {
                Row r = rows.next();
                List<Object> cells = new ArrayList<>(width);
                for (int i = 0; i < width; i++) {
                    cells.add(r.get(i));
                }
                count.add(1);
                return CsvTableWriter.line(cells);
            }
        };
    }

    private static List<Path> partFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList();
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
