package org.strategyatlas.ingest;

import java.util.ArrayList;
import java.util.List;

/** Turns one row of a curated file into a record, or reports why it cannot. */
@FunctionalInterface
interface RowMapper<T> {

    /** The record, or null when {@code row} collected problems. */
    T map(RowReader row);

    /** Maps every row of {@code file}; a row is used only if it raised no problem. */
    static <T> Parsed<T> mapAll(CsvFile file, RowMapper<T> mapper) {
        List<T> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<CsvRow> rejectedRows = new ArrayList<>();
        for (CsvRow row : file.rows()) {
            RowReader reader = new RowReader(row);
            T record;
            try {
                record = mapper.map(reader);
            } catch (IllegalArgumentException e) {
                // a record's own invariant caught what the per-cell checks could not
                reader.problems().add(row.rowProblem(e.getMessage(), null));
                record = null;
            }
            if (reader.ok() && record != null) {
                records.add(record);
                lines.add(row.line());
            } else {
                rejectedRows.add(row);
                problems.addAll(reader.problems());
            }
        }
        return new Parsed<>(file.displayName(), file.headerNames(), records, lines, problems, file.rows().size(),
                rejectedRows.size(), rejectedRows);
    }
}
