package org.strategyatlas.normalise;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Applies the {@link Normaliser} to every row of a {@link FigureFrame} on the executors: per-record work with
 * the reference data broadcast, no shuffle. The output keeps the figure's own columns and adds a
 * {@code _low}/{@code _high} pair per {@link Measure} and a {@code status}.
 */
public final class NormaliseStep {

    private NormaliseStep() {
    }

    /** Column names of the output, for a target currency. */
    public static StructType schema(String currency) {
        StructType schema = FigureFrame.SCHEMA;
        for (Measure m : Measure.values()) {
            schema = schema.add(m.column(currency) + "_low", DataTypes.DoubleType, true)
                    .add(m.column(currency) + "_high", DataTypes.DoubleType, true);
        }
        return schema.add("status", DataTypes.StringType, false);
    }

    public static Dataset<Row> apply(Dataset<Row> figures, Broadcast<Normaliser> normaliser) {
        StructType schema = schema(normaliser.value().currency());
        MapPartitionsFunction<Row, Row> f = rows -> normalise(rows, normaliser.value());
        return figures.mapPartitions(f, Encoders.row(schema));
    }

    private static Iterator<Row> normalise(Iterator<Row> rows, Normaliser normaliser) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row row = rows.next();
                NormalisedFigure n = normaliser.normalise(FigureFrame.input(row));
                List<Object> cells = new ArrayList<>(row.size() + 2 * Measure.values().length + 1);
                for (int i = 0; i < row.size(); i++) {
                    cells.add(row.get(i));
                }
                for (Measure m : Measure.values()) {
                    cells.add(n.get(m).low());
                    cells.add(n.get(m).high());
                }
                cells.add(n.status());
                return RowFactory.create(cells.toArray());
            }
        };
    }
}
