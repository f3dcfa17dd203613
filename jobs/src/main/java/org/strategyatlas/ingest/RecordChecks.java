package org.strategyatlas.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The checks of {@link SparkIngest} that need more than one row, as Spark joins over the parsed record files:
 * unique keys, references to initiatives, containment cycles; then the row problems, with a phrase problem
 * dropped when its row has another problem (as the driver's loader checks phrases of otherwise clean rows only).
 */
final class RecordChecks {

    /** Rounds of pointer jumping: chains of 2^40 initiatives are beyond any dataset. */
    private static final int MAX_ROUNDS = 40;

    private final Map<DataFile, Dataset<Row>> parsed;
    private final Function<Path, String> display;
    private final Map<DataFile, Path> paths;
    private final Map<DataFile, List<String>> headers;
    private final Map<DataFile, Long> read = new HashMap<>();
    private long unlisted;

    RecordChecks(Map<DataFile, Dataset<Row>> parsed, Function<Path, String> display, Map<DataFile, Path> paths,
                 Map<DataFile, List<String>> headers) {
        this.parsed = parsed;
        this.headers = headers;
        this.display = display;
        this.paths = paths;
    }

    /** Every problem of the record files, at most {@code limit} of them listed (sorted by Spark), the rest counted. */
    List<InputProblem> run(int limit) {
        List<InputProblem> found = new ArrayList<>();
        Dataset<Row> initiatives = parsed.get(DataFile.INITIATIVES);
        Dataset<Row> knownIds = initiatives.select(col("_key").as("_known")).filter(col("_known").isNotNull());
        for (DataFile file : SparkIngest.RECORD_FILES) {
            Dataset<Row> rows = parsed.get(file);
            read.put(file, rows.count());
            Dataset<Row> records = rows.filter(col(file == DataFile.ATTRIBUTES ? "initiative" : "id").isNotNull());
            List<String> header = headers.get(file);
            List<Dataset<Row>> parts = new ArrayList<>();
            parts.add(rows.select(explode(col("_problems")).as("p")).select("p.*"));
            switch (file) {
                case INITIATIVES -> {
                    parts.add(duplicates(records, col("id"), "id", header));
                    Dataset<Row> contained = records.filter(col("contained_in").notEqual("")
                            .and(col("contained_in").notEqual(col("id"))));
                    parts.add(unknown(contained, col("contained_in"), knownIds, "contained_in",
                            col("contained_in"), lit("unknown initiative"), header));
                    Dataset<Row> overlaps = records.select(col("id"), col("_line"), col("overlaps_with"),
                            explode(col("_overlaps")).as("_other")).filter(col("_other").notEqual(col("id")));
                    parts.add(unknown(overlaps, col("_other"), knownIds, "overlaps_with", col("overlaps_with"),
                            concat(lit("unknown initiative '"), col("_other"), lit("'")), header));
                    Dataset<Row> superseded = records.filter(col("superseded_by").notEqual("")
                            .and(col("superseded_by").notEqual(col("id"))));
                    parts.add(unknown(superseded, col("superseded_by"), knownIds, "superseded_by",
                            col("superseded_by"), lit("unknown initiative"), header));
                    parts.add(periods(records, header));
                }
                case FIGURES -> {
                    parts.add(duplicates(records, col("id"), "id", header));
                    parts.add(unknown(records, col("initiative"), knownIds, "initiative", col("initiative"),
                            lit("unknown initiative"), header));
                    Dataset<Row> figureIds = rows.select(col("id").as("_known")).filter(col("_known").isNotNull());
                    Dataset<Row> superseded = records.filter(col("superseded_by").notEqual("")
                            .and(col("superseded_by").notEqual(col("id"))));
                    parts.add(unknown(superseded, col("superseded_by"), figureIds, "superseded_by",
                            col("superseded_by"), lit("unknown figure"), header));
                }
                case ATTRIBUTES -> {
                    parts.add(duplicates(records, col("_key"), "source", header));
                    parts.add(unknown(records, col("initiative"), knownIds, "initiative", col("initiative"),
                            lit("unknown initiative"), header));
                }
                default -> throw new IllegalStateException(file + " is read on the driver");
            }
            Dataset<Row> all = parts.stream().reduce(Dataset::unionByName).orElseThrow();
            Dataset<Row> blocking = all.filter(col("phrase").equalTo(false));
            Dataset<Row> reported = blocking.unionByName(all.filter(col("phrase"))
                    .join(blocking.select(col("line").as("_bad")).distinct(), col("line").equalTo(col("_bad")),
                            "left_anti")).cache();
            long total = reported.count();
            int take = (int) Math.max(0, Math.min(total, limit - found.size()));
            String name = display.apply(paths.get(file));
            for (Row r : reported.orderBy("line", "column", "message").limit(take).collectAsList()) {
                found.add(new InputProblem(name, r.getLong(0), r.getInt(1), r.isNullAt(2) ? null : r.getString(2),
                        r.isNullAt(3) ? null : r.getString(3), r.getString(4), r.isNullAt(5) ? null : r.getString(5)));
            }
            unlisted += total - take;
            reported.unpersist();
        }
        if (found.isEmpty()) {
            found.addAll(cycles(initiatives));
        }
        if (found.isEmpty()) {
            found.addAll(partsWithinWholes(initiatives, parsed.get(DataFile.FIGURES)));
        }
        if (found.isEmpty()) {
            found.addAll(supersessionCycles(parsed.get(DataFile.FIGURES)));
        }
        return found;
    }

    /** Superseded figures are few: their chains are brought to the driver and checked there for cycles. */
    private List<InputProblem> supersessionCycles(Dataset<Row> figures) {
        List<Row> superseded = figures.filter(col("id").isNotNull().and(col("superseded_by").notEqual("")))
                .select("id", "superseded_by", "_line").orderBy("_line").limit(MAX_SUPERSEDED + 1).collectAsList();
        if (superseded.size() > MAX_SUPERSEDED) {
            return List.of(InputProblem.ofFile(display.apply(paths.get(DataFile.FIGURES)), "more than "
                    + MAX_SUPERSEDED + " superseded figures", "at most " + MAX_SUPERSEDED + " figures with a"
                    + " superseded_by, or read the data on the driver (--ingest driver)"));
        }
        return chainsOnDriver(superseded, DataFile.FIGURES);
    }

    /** Figures with a superseded_by that Spark ingest checks for cycles on the driver. */
    static final int MAX_SUPERSEDED = 1_000_000;

    /** {@link CrossChecks#periodWithinWhole} as a join of each part with its whole. */
    private static Dataset<Row> periods(Dataset<Row> records, List<String> header) {
        Dataset<Row> wholes = records.groupBy(col("id").as("_w")).agg(min("_line").as("_wline"))
                .join(records.select(col("id").as("_w2"), col("_line").as("_wline2"), col("start_year").as("_ws"),
                        col("end_year").as("_we")), col("_w").equalTo(col("_w2")).and(col("_wline").equalTo(col("_wline2"))));
        Dataset<Row> pairs = records.filter(col("contained_in").notEqual("").and(col("contained_in").notEqual(col("id"))))
                .join(wholes, col("contained_in").equalTo(col("_w")));
        String expectedTail = " within the years of the initiative in contained_in, or overlaps_with instead of"
                + " contained_in";
        Dataset<Row> early = pairs.filter(col("start_year").lt(col("_ws"))).select(col("_line").as("line"),
                lit(header.indexOf("start_year") + 1).as("column"), lit("start_year").as("column_name"),
                col("start_year").cast("string").as("value"), concat(lit("a part starts before its whole '"),
                        col("_w"), lit("' ("), col("_ws").cast("string"), lit(")")).as("message"),
                lit("a start_year" + expectedTail).as("expected"), lit(false).as("phrase"));
        Dataset<Row> late = pairs.filter(col("end_year").gt(col("_we"))).select(col("_line").as("line"),
                lit(header.indexOf("end_year") + 1).as("column"), lit("end_year").as("column_name"),
                col("end_year").cast("string").as("value"), concat(lit("a part ends after its whole '"),
                        col("_w"), lit("' ("), col("_we").cast("string"), lit(")")).as("message"),
                lit("an end_year" + expectedTail).as("expected"), lit(false).as("phrase"));
        return early.unionByName(late);
    }

    /**
     * {@link CrossChecks#partsWithinWholes} on Spark: per initiative and currency the smallest stated amount and the
     * largest; a part whose smallest exceeds its whole's largest is listed (at most {@link SparkIngest#MAX_PROBLEMS}).
     */
    private List<InputProblem> partsWithinWholes(Dataset<Row> initiatives, Dataset<Row> figures) {
        Dataset<Row> sized = figures.filter(col("id").isNotNull().and(col("metric").equalTo(org.strategyatlas.model.Figure.INVESTMENT))
                .and(col("kind").equalTo("total")).and(col("unit").notEqual("count"))
                .and(col("basis").notEqual("cancellation")).and(col("superseded_by").equalTo("")))
                .select(col("initiative"), col("unit"), col("id"), coalesce(col("low"), col("high")).as("_small"),
                        col("high").as("_large"));
        org.apache.spark.sql.expressions.WindowSpec byUnit = org.apache.spark.sql.expressions.Window
                .partitionBy("initiative", "unit");
        Dataset<Row> smallest = sized.withColumn("_n", org.apache.spark.sql.functions.row_number()
                .over(byUnit.orderBy(col("_small"), col("id")))).filter(col("_n").equalTo(1))
                .select(col("initiative").as("_part"), col("unit"), col("id").as("_pid"), col("_small"));
        Dataset<Row> largest = sized.filter(col("_large").isNotNull()).withColumn("_n",
                        org.apache.spark.sql.functions.row_number().over(byUnit.orderBy(col("_large").desc(), col("id"))))
                .filter(col("_n").equalTo(1))
                .select(col("initiative").as("_whole"), col("unit").as("_wunit"), col("id").as("_wid"), col("_large"));
        List<Row> bad = initiatives.filter(col("id").isNotNull().and(col("contained_in").notEqual("")))
                .select(col("id"), col("contained_in"), col("_line"))
                .join(smallest, col("id").equalTo(col("_part")))
                .join(largest, col("contained_in").equalTo(col("_whole")).and(col("unit").equalTo(col("_wunit"))))
                .filter(col("_small").gt(col("_large")))
                .select("_line", "contained_in", "unit", "_small", "_pid", "_large", "_wid")
                .orderBy("_line", "unit").limit(SparkIngest.MAX_PROBLEMS).collectAsList();
        String name = display.apply(paths.get(DataFile.INITIATIVES));
        int column = headers.get(DataFile.INITIATIVES).indexOf("contained_in") + 1;
        List<InputProblem> problems = new ArrayList<>();
        for (Row r : bad) {
            problems.add(new InputProblem(name, r.getLong(0), column, "contained_in", r.getString(1),
                    CrossChecks.partLarger(r.getString(2), r.getDecimal(3), r.getString(4), r.getDecimal(5),
                            r.getString(6)), CrossChecks.PART_EXPECTED));
        }
        return problems;
    }

    /** Problems counted but not listed. */
    long unlisted() {
        return unlisted;
    }

    /** Rows read from {@code file} (blank lines and the header not counted). */
    long read(DataFile file) {
        return read.get(file);
    }

    /** A problem on every record whose key an earlier line already used. */
    private static Dataset<Row> duplicates(Dataset<Row> records, Column key, String column, List<String> header) {
        Dataset<Row> keyed = records.select(key.as("_k"), col("_line"));
        Dataset<Row> first = keyed.groupBy("_k").agg(min("_line").as("_first"), count(lit(1)).as("_n"))
                .filter(col("_n").gt(1));
        return keyed.join(first, "_k").filter(col("_line").gt(col("_first")))
                .select(col("_line").as("line"), lit(header.indexOf(column) + 1).as("column"),
                        lit(column).as("column_name"), col("_k").as("value"),
                        concat(lit("duplicate " + column + " (first used on line "), col("_first").cast("string"),
                                lit(")")).as("message"),
                        lit("a value not used by another row").as("expected"), lit(false).as("phrase"));
    }

    /** A problem on every row whose {@code reference} names no initiative (valid or not). */
    private static Dataset<Row> unknown(Dataset<Row> rows, Column reference, Dataset<Row> knownIds, String column,
                                        Column value, Column message, List<String> header) {
        return rows.join(knownIds, reference.equalTo(knownIds.col("_known")), "left_anti")
                .select(col("_line").as("line"), lit(header.indexOf(column) + 1).as("column"),
                        lit(column).as("column_name"), value.as("value"), message.as("message"),
                        lit(column.equals("overlaps_with") ? "ids of other initiatives in data/initiatives.csv"
                                : "an id in data/initiatives.csv").as("expected"), lit(false).as("phrase"));
    }

    /**
     * Containment cycles: pointer jumping over {@code contained_in} keeps, round after round, the initiatives whose
     * chain is still unfinished after 2^k steps; when a round removes none, every one left leads into a cycle. Those
     * few go to the driver, where the driver loader's own check names each cycle.
     */
    private List<InputProblem> cycles(Dataset<Row> initiatives) {
        Dataset<Row> records = initiatives.filter(col("id").isNotNull());
        Dataset<Row> firsts = records.groupBy("id").agg(min("_line").as("_line"));
        Dataset<Row> nodes = records.join(firsts, new String[] {"id", "_line"}).select(col("id"), col("contained_in"), col("_line"));
        Dataset<Row> jump = nodes.filter(col("contained_in").notEqual("").and(col("contained_in").notEqual(col("id"))))
                .join(nodes.select(col("id").as("_parent")), col("contained_in").equalTo(col("_parent")))
                .select(col("id").as("x"), col("_parent").as("j")).cache();
        long size = jump.count();
        for (int round = 0; round < MAX_ROUNDS && size > 0; round++) {
            Dataset<Row> next = jump.as("a").join(jump.as("b"), col("a.j").equalTo(col("b.x")))
                    .select(col("a.x").as("x"), col("b.j").as("j")).cache();
            long nextSize = next.count();
            jump.unpersist();
            jump = next;
            if (nextSize == size) {
                break;
            }
            size = nextSize;
        }
        if (size == 0) {
            jump.unpersist();
            return List.of();
        }
        List<Row> candidates = nodes.join(jump.select(col("x").as("id")).distinct(), "id")
                .orderBy("_line").limit(SparkIngest.MAX_PROBLEMS * 10).collectAsList();
        jump.unpersist();
        return chainsOnDriver(candidates, DataFile.INITIATIVES);
    }

    /**
     * The driver's own cycle check on a few rows of {@code id, link, _line} brought from Spark: {@code contained_in}
     * for initiatives, {@code superseded_by} for figures.
     */
    private List<InputProblem> chainsOnDriver(List<Row> rows, DataFile file) {
        String name = display.apply(paths.get(file));
        List<String> header = headers.get(file);
        List<CrossChecks.At> ats = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String> links = new HashMap<>();
        for (Row r : rows) {
            ats.add(new CrossChecks.At(name, r.getLong(2), header));
            ids.add(r.getString(0));
            links.putIfAbsent(r.getString(0), r.getString(1));
        }
        CrossChecks checks = new CrossChecks();
        if (file == DataFile.INITIATIVES) {
            checks.containmentCycles(ats, ids, links);
        } else {
            checks.supersessionCycles(ats, ids, links);
        }
        return checks.problems();
    }
}
