package org.strategyatlas.ingest;

import java.util.List;
import java.util.Map;

/** One data row of a CSV file, with the line it starts on and its header, so any cell can be located. */
public record CsvRow(String file, long line, Map<String, Integer> header, List<String> values) {

    public CsvRow {
        header = Map.copyOf(header);
        values = List.copyOf(values);
    }

    /** The cell of {@code column}, trimmed of nothing; empty when the row is shorter than the header. */
    public String get(String column) {
        Integer index = header.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column '" + column + "' in " + file + "; have " + header.keySet());
        }
        return index < values.size() ? values.get(index) : "";
    }

    /** 1-based column number of {@code column}, as a spreadsheet would count it. */
    public int columnNumber(String column) {
        Integer index = header.get(column);
        if (index == null) {
            throw new IllegalArgumentException("no column '" + column + "' in " + file);
        }
        return index + 1;
    }

    /** A problem with the cell of {@code column}, carrying its raw value. */
    public InputProblem problem(String column, String message, String expected) {
        return new InputProblem(file, line, columnNumber(column), column, get(column), message, expected);
    }

    /** A problem with the row as a whole. */
    public InputProblem rowProblem(String message, String expected) {
        return new InputProblem(file, line, 0, null, null, message, expected);
    }
}
