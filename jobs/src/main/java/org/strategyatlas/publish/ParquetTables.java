package org.strategyatlas.publish;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Writes published tables as Parquet folders ({@code parquet/<name>/}) with the same columns and types. */
public final class ParquetTables {

    private ParquetTables() {
    }

    public static void write(SparkSession spark, Table table, Path folder) {
        StructType schema = new StructType();
        for (Column c : table.columns()) {
            schema = schema.add(c.name(), sparkType(c.type()), true);
        }
        List<Row> rows = new ArrayList<>(table.rows().size());
        for (List<Object> cells : table.rows()) {
            Object[] values = new Object[cells.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = convert(cells.get(i), table.columns().get(i).type());
            }
            rows.add(RowFactory.create(values));
        }
        spark.createDataFrame(rows, schema).coalesce(1).write().mode(SaveMode.ErrorIfExists)
                .parquet(folder.resolve(table.name()).toUri().toString());
    }

    /** The columns of {@code frame} cast to the types {@link #write} gives them. */
    static org.apache.spark.sql.Column[] typed(org.apache.spark.sql.Dataset<Row> frame, List<Column> columns) {
        return columns.stream().map(c -> frame.col(c.name()).cast(sparkType(c.type())).as(c.name()))
                .toArray(org.apache.spark.sql.Column[]::new);
    }

    static DataType sparkType(ColumnType type) {
        return switch (type) {
            case TEXT -> DataTypes.StringType;
            case INTEGER -> DataTypes.LongType;
            case DECIMAL -> DataTypes.DoubleType;
            case BOOLEAN -> DataTypes.BooleanType;
        };
    }

    private static Object convert(Object cell, ColumnType type) {
        if (cell == null) {
            return null;
        }
        return switch (type) {
            case TEXT -> cell.toString();
            case INTEGER -> ((Number) cell).longValue();
            case DECIMAL -> cell instanceof BigDecimal d ? d.doubleValue() : ((Number) cell).doubleValue();
            case BOOLEAN -> cell;
        };
    }
}
