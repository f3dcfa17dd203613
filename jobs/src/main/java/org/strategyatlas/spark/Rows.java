package org.strategyatlas.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Spark rows as the cells of an output table. */
public final class Rows {

    private Rows() {
    }

    /** The cells of one row, in column order. */
    public static List<Object> cells(Row row) {
        List<Object> cells = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            cells.add(row.get(i));
        }
        return cells;
    }

    /** The cells of each of {@code rows}. */
    public static List<List<Object>> cells(List<Row> rows) {
        return rows.stream().map(Rows::cells).toList();
    }

    /**
     * Every row of {@code frame}, in its order, streamed one partition at a time: for tables the driver holds
     * anyway (a dataset read on the driver), never for record-level data read by Spark.
     */
    public static List<List<Object>> all(Dataset<Row> frame) {
        List<List<Object>> rows = new ArrayList<>();
        Iterator<Row> it = frame.toLocalIterator();
        while (it.hasNext()) {
            rows.add(cells(it.next()));
        }
        return rows;
    }
}
