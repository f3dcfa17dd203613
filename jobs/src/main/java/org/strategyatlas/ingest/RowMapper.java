package org.strategyatlas.ingest;

import java.util.ArrayList;
import java.util.List;

/** Turns one row of a curated file into a record, or reports why it cannot. */
@FunctionalInterface
interface RowMapper<T> extends java.io.Serializable {

    /** The record, or null when {@code row} collected problems. */
    T map(RowReader row);

    /** The record of one row, or null after adding the row's problems to {@code problems}. */
    static <T> T mapOne(CsvRow row, RowMapper<T> mapper, List<InputProblem> problems) {
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
            return record;
        }
        problems.addAll(reader.problems());
        return null;
    }

    /** Maps every row of {@code file}; a row is used only if it raised no problem. */
    static <T> Parsed<T> mapAll(CsvFile file, RowMapper<T> mapper) {
        List<T> records = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<CsvRow> rejectedRows = new ArrayList<>();
        for (CsvRow row : file.rows()) {
            T record = mapOne(row, mapper, problems);
            if (record != null) {
                records.add(record);
                lines.add(row.line());
            } else {
                rejectedRows.add(row);
            }
        }
        return new Parsed<>(file.displayName(), file.headerNames(), records, lines, problems, file.rows().size(),
                rejectedRows.size(), rejectedRows);
    }
}
