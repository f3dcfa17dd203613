package org.strategyatlas.compare;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;
import org.strategyatlas.spark.Rows;

/**
 * {@code figures_normalised}: every figure with its own columns, each measure's low and high, and the status
 * that explains every empty cell. Rows are streamed from Spark in figure-id order, one partition at a time.
 */
public final class NormalisedTable {

    private NormalisedTable() {
    }

    public static final String NAME = "figures_normalised";
    public static final String TITLE = "Every figure normalised";

    /** The table held by the driver: for curated datasets (thousands of figures, not millions). */
    public static Table build(Dataset<Row> normalised, String currency, int baseYear) {
        List<Column> columns = columns(currency, baseYear);
        Dataset<Row> ordered = frame(normalised, currency, baseYear);
        List<List<Object>> rows = Rows.all(ordered);
        return new Table(NAME, TITLE, columns, rows);
    }

    /** The table's rows as a Spark frame: its columns, in figure-id order. */
    public static Dataset<Row> frame(Dataset<Row> normalised, String currency, int baseYear) {
        return normalised.select(columns(currency, baseYear).stream().map(c -> normalised.col(c.name()))
                .toArray(org.apache.spark.sql.Column[]::new)).orderBy("figure_id");
    }

    public static List<Column> columns(String currency, int baseYear) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("figure_id", "the figure (data/figures.csv)"),
                Column.text("initiative_id", "its initiative"),
                Column.text("jurisdiction", "ISO 3166-1 alpha-3, or EUU for the EU"),
                Column.text("metric", "metric of data/metrics.csv"),
                Column.text("unit", "ISO 4217 currency code of the amount as stated, or count"),
                Column.decimal("low", "unit", "lower bound as stated, in units (empty for an up-to figure)"),
                Column.decimal("high", "unit", "upper bound as stated (empty for an at-least figure)"),
                Column.text("qualifier", "exact, approx, at_least, at_most or range"),
                Column.integer("price_year", "year", "year whose prices the amount is in (the announcement year"
                        + " unless stated)"),
                Column.integer("horizon_years", "years", "years the plan runs; empty for an open horizon")));
        for (Measure m : Measure.values()) {
            String s = m.column(currency);
            String unit = m.unit(currency, baseYear);
            String scope = m == Measure.PER_MILLION ? "count metrics meaningful per inhabitant only"
                    : "money metrics only";
            columns.add(Column.decimal(s + "_low", unit, "low bound; " + scope));
            columns.add(Column.decimal(s + "_high", unit, "high bound; " + scope));
        }
        columns.add(Column.text("status", "ok, or why cells are empty (README: status codes)"));
        columns.add(Column.text("kind", "total, per_year, target, achieved or cumulative"));
        columns.add(Column.text("basis", "appropriation, pledge, mobilisation_target, ... (money only)"));
        columns.add(Column.text("funding", "public, private, mixed or sovereign_fund (money only)"));
        columns.add(Column.text("source", "source id of seeds/sources.csv"));
        columns.add(Column.text("superseded_by", "the later figure that replaces this one (then not in totals)"));
        columns.add(new Column("in_totals", org.strategyatlas.publish.ColumnType.BOOLEAN, "",
                "true when the figure makes the envelope of an initiative counted in a total"
                        + " (tables/totals_breakdown.csv)"));
        return columns;
    }
}
