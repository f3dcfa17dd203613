package org.strategyatlas.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.ColumnType;
import org.strategyatlas.publish.Table;

/**
 * A published table as the report prints it: a title, a note on units, and the columns worth reading on paper,
 * each with a short header, how its cells read and whether they are numbers (right-aligned).
 */
record TableView(String title, String note, List<Cell> columns, List<List<Object>> rows, boolean landscape) {

    /** Marks a number the report cannot show (empty in the data); the note says why cells are empty. */
    static final String NOT_COMPUTABLE = "–";
    private static final BigDecimal BILLION = BigDecimal.TEN.pow(9);

    /** One printed column: its header and how a row's cell reads. */
    record Cell(String header, boolean numeric, Function<List<Object>, String> text) {
        Cell {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(text, "text");
        }
    }

    TableView {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(note, "note");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * {@code country_comparison} reduced to what fits a portrait page: jurisdiction, name, investment low/high in
     * billions, per capita low/high, % of GDP per year low/high and the investment rank.
     */
    static TableView comparison(Table table, String currency) {
        String investment = "investment_" + Measure.CONSTANT.column(currency);
        String perCapita = Measure.PER_CAPITA.column(currency);
        String pctGdp = Measure.PCT_GDP_PER_YEAR.column(currency);
        List<Cell> cells = List.of(
                text(table, "jurisdiction", "Code"),
                text(table, "name", "Name"),
                number(table, investment + "_low", "Investment low (bn)", BILLION, 2),
                number(table, investment + "_high", "Investment high (bn)", BILLION, 2),
                number(table, perCapita + "_low", "Per capita low", BigDecimal.ONE, 2),
                number(table, perCapita + "_high", "Per capita high", BigDecimal.ONE, 2),
                number(table, pctGdp + "_low", "% of GDP per year low", BigDecimal.ONE, 3),
                number(table, pctGdp + "_high", "% of GDP per year high", BigDecimal.ONE, 3),
                number(table, "rank_investment", "Rank", BigDecimal.ONE, 0));
        String note = "Investment in billions of " + unit(table, investment + "_low") + "; per capita in "
                + unit(table, perCapita + "_low") + "; share of GDP: " + unit(table, pctGdp + "_low")
                + ". Rank: by investment (low). " + NOT_COMPUTABLE + " marks a value that cannot be computed; the"
                + " status column of tables/" + table.name() + ".csv says why. Every column is in the CSV and XLSX.";
        return new TableView(table.title(), note, cells, table.rows(), false);
    }

    /** Every column of a table on landscape pages, numbers grouped and right-aligned, text wrapped. */
    static TableView all(Table table, String note) {
        List<Cell> cells = new ArrayList<>();
        for (Column column : table.columns()) {
            boolean numeric = column.type() == ColumnType.INTEGER || column.type() == ColumnType.DECIMAL;
            int index = table.columnIndex(column.name());
            cells.add(new Cell(column.name().replace('_', ' '), numeric, row -> CellText.of(row.get(index), column)));
        }
        return new TableView(table.title(), note, cells, table.rows(), true);
    }

    private static Cell text(Table table, String column, String header) {
        int index = table.columnIndex(column);
        return new Cell(header, false, row -> CellText.of(row.get(index)));
    }

    private static Cell number(Table table, String column, String header, BigDecimal divisor, int decimals) {
        int index = table.columnIndex(column);
        return new Cell(header, true, row -> row.get(index) == null ? NOT_COMPUTABLE
                : CellText.fixed(row.get(index), divisor, decimals));
    }

    private static String unit(Table table, String column) {
        String unit = table.columns().get(table.columnIndex(column)).unit();
        return unit.isEmpty() ? "the table's unit" : unit;
    }
}
