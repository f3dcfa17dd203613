package org.strategyatlas.publish;

import java.util.Objects;

/**
 * One column of a published table: its name (part of the public interface), type, unit ("constant 2024 US$",
 * "persons", "" when none) and a one-line description for the metadata sidecar and the XLSX About sheet.
 */
public record Column(String name, ColumnType type, String unit, String description) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        unit = unit == null ? "" : unit;
        Objects.requireNonNull(description, "description");
    }

    public static Column text(String name, String description) {
        return new Column(name, ColumnType.TEXT, "", description);
    }

    public static Column integer(String name, String unit, String description) {
        return new Column(name, ColumnType.INTEGER, unit, description);
    }

    public static Column decimal(String name, String unit, String description) {
        return new Column(name, ColumnType.DECIMAL, unit, description);
    }
}
