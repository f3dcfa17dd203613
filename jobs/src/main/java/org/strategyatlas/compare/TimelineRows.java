package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;
import org.strategyatlas.spark.Rows;

/**
 * What the timeline chart draws when the figures are too many to hold: one row per initiative counted in the
 * totals, as the chart merges them (earliest price year, lowest positive constant low), the {@value #LARGEST}
 * largest kept, and how many there are in all ({@link Table#totalRows()}). Columns are named as in
 * {@code figures_normalised}, which the chart reads otherwise.
 */
public final class TimelineRows {

    /** Initiatives drawn at most: beyond a few hundred bubbles a chart shows nothing more. */
    static final int LARGEST = 300;

    private TimelineRows() {
    }

    public static Table of(Dataset<Row> normalised, String currency, int baseYear) {
        String low = Measure.CONSTANT.column(currency) + "_low";
        Dataset<Row> initiatives = normalised.filter(col("metric").equalTo(Breakdown.INVESTMENT).and(col("in_totals")))
                .groupBy("initiative_id", "jurisdiction")
                .agg(min("price_year").as("price_year"), min(when(col(low).gt(0), col(low))).as(low)).cache();
        long all = initiatives.count();
        List<Column> columns = List.of(Column.text("initiative_id", "the initiative"),
                Column.text("jurisdiction", "its jurisdiction"), Column.text("metric", "investment"),
                Column.integer("price_year", "year", "earliest price year of its counted figures"),
                Column.decimal(low, Measure.CONSTANT.unit(currency, baseYear), "lowest constant low"),
                new Column("in_totals", org.strategyatlas.publish.ColumnType.BOOLEAN, "", "true"));
        List<List<Object>> rows = Rows.cells(initiatives.filter(col(low).isNotNull().and(col("price_year").isNotNull()))
                .orderBy(col(low).desc(), col("jurisdiction"), col("price_year"), col("initiative_id"))
                .select(col("initiative_id"), col("jurisdiction"), lit(Breakdown.INVESTMENT), col("price_year"),
                        col(low), lit(true)).limit(LARGEST).collectAsList());
        initiatives.unpersist();
        return new Table("timeline", "Initiatives counted in the totals", columns, rows, Math.max(all, rows.size()));
    }
}
