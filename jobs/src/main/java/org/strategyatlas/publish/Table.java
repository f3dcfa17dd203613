package org.strategyatlas.publish;

import java.util.List;
import java.util.Objects;

/**
 * A finished output table: name (file stem), title, typed columns and rows in their final order. Cells are
 * String, Long/Integer, Double, BigDecimal, Boolean or null (empty); each row has one cell per column.
 */
public record Table(String name, String title, List<Column> columns, List<List<Object>> rows) {

    public Table {
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
