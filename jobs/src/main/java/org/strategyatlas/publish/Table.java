package org.strategyatlas.publish;

import java.util.List;
import java.util.Objects;

/**
 * A finished output table: name (file stem), title, typed columns and rows in their final order. Cells are
 * String, Long/Integer, Double, BigDecimal, Boolean or null (empty); each row has one cell per column.
 *
 * <p>A table of millions of rows is written by Spark's executors and never held by the driver: its {@code rows}
 * are then the first ones only, a preview for the workbook and the pages, and {@code totalRows} says how many
 * the written table has.
 */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows, long totalRows) {

    /** A complete table: every row held. */
    public Table(String name, String title, List<Column> columns, List<List<Object>> rows) {
        this(name, title, columns, rows, rows.size());
    }

    public Table {
        if (totalRows < rows.size()) {
            throw new IllegalArgumentException("table " + name + " holds " + rows.size() + " rows but says it has "
                    + totalRows);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + name + ": a row has " + row.size() + " cells for "
                        + columns.size() + " columns: " + row);
            }
        }
    }

    /** Whether every row is held (false for a preview of a table written by Spark). */
    public boolean complete() {
        return totalRows == rows.size();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    public int columnIndex(String column) {
        int index = columnNames().indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("table " + name + " has no column " + column + "; has "
                    + columnNames());
        }
        return index;
    }
}
