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

    /**
     * The rows of {@code totals_breakdown} of one jurisdiction, as one table per jurisdiction: why each initiative
     * is or is not in a total, with its class, scope, funding, amount and figures.
     */
    static List<TableView> breakdown(Table breakdown, Table comparison, String currency) {
        String constant = Measure.CONSTANT.column(currency);
        int jurisdiction = breakdown.columnIndex("jurisdiction");
        int shareLow = breakdown.columnIndex("ai_share_low");
        int shareHigh = breakdown.columnIndex("ai_share_high");
        int scope = breakdown.columnIndex("scope");
        int countedIn = breakdown.columnIndex("counted_in");
        int status = breakdown.columnIndex("status");
        List<Cell> cells = List.of(
                text(breakdown, "initiative", "Initiative"),
                new Cell("Counted in", false, row -> row.get(countedIn) == null || "".equals(row.get(countedIn))
                        ? "not counted: " + CellText.of(row.get(status)) : CellText.of(row.get(countedIn))),
                text(breakdown, "class", "Class"),
                new Cell("Scope", false, row -> CellText.of(row.get(scope)) + (row.get(shareLow) == null ? ""
                        : " (AI " + CellText.fixed(row.get(shareLow), BigDecimal.ONE, 2) + "–"
                        + CellText.fixed(row.get(shareHigh), BigDecimal.ONE, 2) + ")")),
                text(breakdown, "funding", "Funding"),
                added(breakdown, constant + "_low", "Adds low (bn)", countedIn),
                added(breakdown, constant + "_high", "Adds high (bn)", countedIn),
                text(breakdown, "figures_counted", "Figures counted"),
                text(breakdown, "notes", "Notes"));
        int code = comparison.columnIndex("jurisdiction");
        int name = comparison.columnIndex("name");
        int low = comparison.columnIndex("investment_" + constant + "_low");
        int high = comparison.columnIndex("investment_" + constant + "_high");
        List<TableView> views = new ArrayList<>();
        for (List<Object> c : comparison.rows()) {
            List<List<Object>> rows = breakdown.rows().stream().filter(r -> c.get(code).equals(r.get(jurisdiction)))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            String lowText = c.get(low) == null ? null : CellText.fixed(c.get(low), BILLION, 3);
            String highText = c.get(high) == null ? null : CellText.fixed(c.get(high), BILLION, 3);
            String total = lowText == null ? "no headline total" : "headline " + lowText
                    + (highText == null ? " or more" : highText.equals(lowText) ? "" : " to " + highText) + " bn";
            String note = "Amounts in billions of " + unit(breakdown, constant + "_low") + "; an amount in brackets"
                    + " is not added. The rows counted in the headline add up to the headline total; targets and"
                    + " reports, and broader packages without a stated AI share, are counted apart. Every column, and"
                    + " the figures not counted with why, are in tables/" + breakdown.name() + ".csv.";
            views.add(new TableView(c.get(code) + " " + CellText.of(c.get(name)) + ": " + total, note, cells, rows,
                    true));
        }
        return views;
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

    /** An amount a breakdown row adds, or in brackets what it would have added when it is not counted. */
    private static Cell added(Table table, String column, String header, int countedIn) {
        int index = table.columnIndex(column);
        return new Cell(header, true, row -> {
            if (row.get(index) == null) {
                return NOT_COMPUTABLE;
            }
            String amount = CellText.fixed(row.get(index), BILLION, 3);
            return row.get(countedIn) == null || "".equals(row.get(countedIn)) ? "(" + amount + ")" : amount;
        });
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
