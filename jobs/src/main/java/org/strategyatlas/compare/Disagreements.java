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
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.CsvTableWriter;
import org.strategyatlas.publish.Table;

/**
 * {@code disagreements}: the same metric of the same initiative, of the same kind, unit and basis, stated with
 * different numbers by different observations (65 vs 63 participants). Reported with every value and its
 * sources; never averaged.
 */
public final class Disagreements {

    private Disagreements() {
    }

    public static Table build(Dataset<Row> figures) {
        Dataset<Row> keyed = figures.withColumn("value", concat_ws("..",
                col("low").cast("string"), col("high").cast("string")));
        List<Row> groups = Collected.rows(keyed.groupBy("initiative_id", "jurisdiction", "metric", "kind", "unit", "basis")
                .agg(count(lit(1)).as("observations"), countDistinct(col("value")).as("values"),
                        min("low").as("low_min"), max("high").as("high_max"),
                        collect_list(struct(col("low"), col("high"), col("source"), col("figure_id"))).as("obs"))
                .filter(col("values").gt(1))
                .orderBy("initiative_id", "metric", "kind", "unit", "basis"), "disagreements");
        List<List<Object>> rows = new ArrayList<>();
        for (Row g : groups) {
            TreeMap<String, List<String>> sourcesByValue = new TreeMap<>();
            for (Row o : g.<Row>getList(10)) {
                String value = bounds((BigDecimal) o.get(0), (BigDecimal) o.get(1));
                sourcesByValue.computeIfAbsent(value, v -> new ArrayList<>()).add(o.getString(2));
            }
            List<String> parts = new ArrayList<>();
            sourcesByValue.forEach((value, sources) -> parts.add(value + " [" + String.join(", ",
                    sources.stream().sorted().toList()) + "]"));
            rows.add(Arrays.asList(g.getString(0), g.getString(1), g.getString(2), g.getString(3), g.getString(4),
                    g.getString(5), g.getLong(6), g.getLong(7), g.get(8), g.get(9), String.join("; ", parts)));
        }
        return new Table("disagreements", "Figures stated differently by different sources", List.of(
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
                Column.text("values", "each value (low..high, as stated) with its sources")), rows);
    }

    private static String bounds(BigDecimal low, BigDecimal high) {
        String lo = low == null ? "" : CsvTableWriter.plain(low);
        String hi = high == null ? "" : CsvTableWriter.plain(high);
        return lo.equals(hi) ? lo : lo + ".." + hi;
    }
}
