package org.strategyatlas.ingest;

import java.util.Locale;
import java.util.Objects;

/**
 * One problem found in an input file, located precisely enough that a person can open the file and fix it.
 *
 * <p>{@code line} and {@code column} are 1-based; 0 means "not applicable" (a problem with the whole
 * file, or with a whole row). {@code value} is the raw text as read, or {@code null} when there is none.
 */
public record InputProblem(String file, long line, int column, String columnName, String value,
                           String message, String expected) implements Comparable<InputProblem>, java.io.Serializable {

    public InputProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
        }
    }

    /** A problem with the file as a whole (missing, empty, unreadable). */
    public static InputProblem ofFile(String file, String message, String expected) {
        return new InputProblem(file, 0, 0, null, null, message, expected);
    }

    /**
     * {@code file:line:column: message (column 'c'; value 'x'; expected ...)} — the format of every
     * input error Strategy Atlas prints.
     */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(message);
        StringBuilder details = new StringBuilder();
        if (columnName != null) {
            details.append("column '").append(columnName).append('\'');
        }
        if (value != null) {
            if (details.length() > 0) {
                details.append("; ");
            }
            details.append("value '").append(abbreviate(value)).append('\'');
        }
        if (expected != null) {
            if (details.length() > 0) {
                details.append("; ");
            }
            details.append("expected ").append(expected);
        }
        if (details.length() > 0) {
            out.append(" (").append(details).append(')');
        }
        return out.toString();
    }

    @Override
    public int compareTo(InputProblem other) {
        int byFile = file.compareTo(other.file);
        if (byFile != 0) {
            return byFile;
        }
        int byLine = Long.compare(line, other.line);
        if (byLine != 0) {
            return byLine;
        }
        int byColumn = Integer.compare(column, other.column);
        return byColumn != 0 ? byColumn : message.compareTo(other.message);
    }

    @Override
    public String toString() {
        return format();
    }

    private static String abbreviate(String raw) {
        String visible = raw.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return visible.length() <= 200 ? visible
                : visible.substring(0, 197) + String.format(Locale.ROOT, "... (%,d characters)", raw.length());
    }
}
