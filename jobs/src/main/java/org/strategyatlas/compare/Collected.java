package org.strategyatlas.compare;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Brings small aggregates to the driver, refusing anything that is not small: record-level data stays in Spark. */
final class Collected {

    /** The most rows an aggregate may have: a few per jurisdiction and attribute or metric. */
    static final int MAX_ROWS = 5_000;

    private Collected() {
    }

    static List<Row> rows(Dataset<Row> aggregate, String what) {
        List<Row> rows = aggregate.limit(MAX_ROWS + 1).collectAsList();
        if (rows.size() > MAX_ROWS) {
            throw new IllegalStateException("aggregate '" + what + "' has more than " + MAX_ROWS
                    + " rows: it is not an aggregate; group it further before collecting");
        }
        return rows;
    }
}
