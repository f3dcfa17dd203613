package org.strategyatlas.reference;

import java.util.Map;
import org.strategyatlas.ingest.CsvRow;
import org.strategyatlas.ingest.InputProblem;

/**
 * The World Bank and ECB files end every line with a comma, which makes a column with an empty name;
 * a value there means the row has one field too many (an unquoted comma), so it is reported.
 */
final class TrailingColumns {

    private TrailingColumns() {
    }

    static void check(CsvRow row, Problems problems) {
        for (Map.Entry<String, Integer> column : row.header().entrySet()) {
            int index = column.getValue();
            if (column.getKey().isEmpty() && index < row.values().size() && !row.values().get(index).isEmpty()) {
                problems.add(new InputProblem(row.file(), row.line(), index + 1, null, row.values().get(index),
                        "value in the unnamed last column", "an empty last field (the line ends with a comma); "
                        + "quote a value that contains a comma"));
            }
        }
    }
}
