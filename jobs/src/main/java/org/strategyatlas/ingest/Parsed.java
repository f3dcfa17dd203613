package org.strategyatlas.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The records read from one file, the line each came from, and the problems of the rows that were not
 * used. {@code read = records.size() + rejected} always; the rejected rows are kept so that references to
 * them are not reported a second time as unknown.
 */
public record Parsed<T>(String file, List<String> header, List<T> records, List<Long> lines, List<InputProblem> problems, int read,
                        int rejected, List<CsvRow> rejectedRows) {

    public Parsed {
        header = List.copyOf(header);
        records = List.copyOf(records);
        lines = List.copyOf(lines);
        problems = List.copyOf(problems);
        rejectedRows = List.copyOf(rejectedRows);
        if (records.size() + rejected != read || lines.size() != records.size()) {
            throw new IllegalArgumentException("rows do not reconcile for " + file + ": read " + read
                    + ", used " + records.size() + ", rejected " + rejected);
        }
    }

    /** 1-based position of {@code column} in the file's header, 0 when absent. */
    public int columnNumber(String column) {
        return header.indexOf(column) + 1;
    }

    /** The raw {@code column} cells of the rejected rows (their ids exist, even if the rows are unusable). */
    public Set<String> rejectedCells(String column) {
        Set<String> cells = new HashSet<>();
        if (header.contains(column)) {
            rejectedRows.forEach(row -> cells.add(row.get(column).strip()));
        }
        return cells;
    }

    /** The line of the {@code index}-th record. */
    public long lineOf(int index) {
        return lines.get(index);
    }
}
