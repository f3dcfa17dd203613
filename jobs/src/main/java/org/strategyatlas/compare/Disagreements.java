package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.struct;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strategyatlas.normalise.FigureFrame;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.CsvTableWriter;
import org.strategyatlas.publish.Table;
import org.strategyatlas.spark.Rows;

/**
 * {@code disagreements}: the same metric of the same initiative, of the same kind, unit and basis, stated with
 * different numbers by different observations (65 vs 63 participants). Reported with every value and its
 * sources; never averaged.
 */
public final class Disagreements {

    public static final String NAME = "disagreements";
    public static final String TITLE = "Figures stated differently by different sources";

    private Disagreements() {
    }

    /**
     * The table held by the driver, for a dataset read on the driver (which holds its figures already): one
     * disagreement per few figures, so tens of thousands of rows for a dataset of 200,000 figures.
     */
    public static Table build(Dataset<Row> figures) {
        return new Table(NAME, TITLE, columns(), Rows.all(frame(figures)));
    }

    /** The rows of the table as a Spark frame in their final order, each built on an executor. */
    public static Dataset<Row> frame(Dataset<Row> figures) {
        Dataset<Row> keyed = figures.withColumn("value", concat_ws("..",
                col("low").cast("string"), col("high").cast("string")));
        Dataset<Row> groups = keyed.groupBy("initiative_id", "jurisdiction", "metric", "kind", "unit", "basis")
                .agg(count(lit(1)).as("observations"), countDistinct(col("value")).as("values"),
                        min("low").as("low_min"), max("high").as("high_max"),
                        collect_list(struct(col("low"), col("high"), col("source"), col("figure_id"))).as("obs"))
                .filter(col("values").gt(1));
        StructType schema = new StructType();
        for (Column c : columns()) {
            schema = schema.add(c.name(), switch (c.type()) {
                case INTEGER -> DataTypes.LongType;
                case DECIMAL -> FigureFrame.AMOUNT;
                default -> DataTypes.StringType;
            }, true);
        }
        MapFunction<Row, Row> row = Disagreements::row;
        return groups.map(row, Encoders.row(schema)).orderBy("initiative_id", "metric", "kind", "unit", "basis");
    }

    private static Row row(Row g) {
        TreeMap<String, List<String>> sourcesByValue = new TreeMap<>();
        for (Row o : g.<Row>getList(10)) {
            String value = bounds((BigDecimal) o.get(0), (BigDecimal) o.get(1));
            sourcesByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(o.getString(2));
        }
        List<String> parts = new ArrayList<>();
        sourcesByValue.forEach((value, sources) -> parts.add(value + " [" + String.join(", ",
                sources.stream().sorted().toList()) + "]"));
        return RowFactory.create(g.getString(0), g.getString(1), g.getString(2), g.getString(3), g.getString(4),
                g.getString(5), g.getLong(6), g.getLong(7), g.get(8), g.get(9), String.join("; ", parts));
    }

    public static List<Column> columns() {
        return List.of(
                Column.text("initiative_id", "the initiative"),
                Column.text("jurisdiction", "its jurisdiction"),
                Column.text("metric", "the metric"),
                Column.text("kind", "total, per_year, target, achieved or cumulative"),
                Column.text("unit", "ISO 4217 code or count"),
                Column.text("basis", "basis of the money (appropriation, pledge, ...); empty for counts"),
                Column.integer("observations", "figures", "observations of this metric"),
                Column.integer("distinct_values", "values", "different low..high values among them"),
                Column.decimal("low_min", "unit", "lowest low stated"),
                Column.decimal("high_max", "unit", "highest high stated"),
                Column.text("values", "each value (low..high, as stated) with its sources"));
    }

    private static String bounds(BigDecimal low, BigDecimal high) {
        String lo = low == null ? "" : CsvTableWriter.plain(low);
        String hi = high == null ? "" : CsvTableWriter.plain(high);
        return lo.equals(hi) ? lo : lo + ".." + hi;
    }
}
