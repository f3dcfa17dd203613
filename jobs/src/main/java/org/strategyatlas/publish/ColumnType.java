package org.strategyatlas.publish;

/** How a column's cells are typed in spreadsheets and Parquet: text, whole numbers or decimals. */
public enum ColumnType {
    TEXT, INTEGER, DECIMAL, BOOLEAN
}
