package org.strategyatlas.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.strategyatlas.ingest.InputProblem;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;

/** {@code rejects}: every input row not used, with where it is and why (empty in a strict run that succeeded). */
final class Rejects {

    private Rejects() {
    }

    static Table table(List<InputProblem> problems) {
        List<List<Object>> rows = new ArrayList<>();
        for (InputProblem p : problems) {
            rows.add(Arrays.asList(p.file(), p.line(), p.column() == 0 ? null : (long) p.column(), p.columnName(),
                    p.value(), p.message(), p.expected()));
        }
        return new Table("rejects", "Input rows not used, with the reason", List.of(
                Column.text("file", "input file"),
                Column.integer("line", "line", "line the row starts on"),
                Column.integer("column", "column", "1-based column of the bad cell; empty for the whole row"),
                Column.text("column_name", "name of that column"),
                Column.text("value", "the raw value"),
                Column.text("reason", "what is wrong"),
                Column.text("expected", "what would be accepted")), rows);
    }
}
