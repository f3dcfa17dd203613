package org.strategyatlas.reference;

import java.io.Serializable;
import java.util.Objects;

/**
 * One row of {@code vintage.csv}: where one reference output file came from and what it holds.
 *
 * <p>Text components are empty, never null, when the source states nothing; {@code indicator} is empty
 * for files that are not indicator tables, and {@code firstYear}/{@code lastYear} are null for files
 * without years ({@code economies.csv}) or without rows.
 */
public record VintageRow(String file, String indicator, String sourceFile, String sourceSha256,
                         String publisher, String lastUpdated, String licence, long rows,
                         Integer firstYear, Integer lastYear, String notes) implements Serializable {

    public VintageRow {
        Objects.requireNonNull(file, "file");
        if (file.isBlank() || file.contains("/") || file.contains("\\")) {
            throw new IllegalArgumentException("file must be a plain file name, got '" + file + "'");
        }
        indicator = Objects.requireNonNull(indicator, "indicator");
        sourceFile = Objects.requireNonNull(sourceFile, "sourceFile");
        sourceSha256 = Objects.requireNonNull(sourceSha256, "sourceSha256");
        publisher = Objects.requireNonNull(publisher, "publisher");
        lastUpdated = Objects.requireNonNull(lastUpdated, "lastUpdated");
        licence = Objects.requireNonNull(licence, "licence");
        notes = Objects.requireNonNull(notes, "notes");
        if (rows < 0) {
            throw new IllegalArgumentException("rows must be >= 0, got " + rows + " for " + file);
        }
        if (firstYear != null && lastYear != null && firstYear > lastYear) {
            throw new IllegalArgumentException("first_year " + firstYear + " is after last_year " + lastYear
                    + " for " + file);
        }
    }
}
