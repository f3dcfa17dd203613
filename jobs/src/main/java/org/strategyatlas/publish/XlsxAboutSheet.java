package org.strategyatlas.publish;

import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Worksheet;

/**
 * Fills the workbook's first sheet, which lets a reader who only has the .xlsx know what they hold: the run,
 * base year and currency, the method, every sheet's columns with units, the sources and the reference data.
 */
final class XlsxAboutSheet {

    static final String NAME = "About";

    private static final String[] SHEET_HEADER = {"Sheet", "Table", "Title", "Rows"};
    private static final String[] COLUMN_HEADER = {"Sheet", "Column", "Type", "Unit", "Description"};
    private static final double[] WIDTHS = {24, 28, 12, 28, 80};

    private final Worksheet sheet;
    private int row;

    private XlsxAboutSheet(Worksheet sheet) {
        this.sheet = sheet;
    }

    /** Writes the About sheet; {@code sheetNames} holds the sheet name given to each table, in order. */
    static void write(Worksheet sheet, List<Table> tables, List<String> sheetNames, RunMetadata meta) {
        new XlsxAboutSheet(sheet).fill(tables, sheetNames, meta);
    }

    private void fill(List<Table> tables, List<String> sheetNames, RunMetadata meta) {
        title("Strategy Atlas: about this workbook");
        pair("Run id", meta.runId());
        sheet.value(row, 0, "Base year");
        sheet.value(row, 1, meta.baseYear());
        // a year with a thousands separator ("2,024") reads as a quantity
        sheet.style(row++, 1).format("0").horizontalAlignment("left").set();
        pair("Currency", meta.currency());
        pair("Licence", TableMetadataWriter.LICENCE);
        row++;
        section("Method", meta.method());

        title("Sheets");
        header(SHEET_HEADER);
        for (int t = 0; t < tables.size(); t++) {
            Table table = tables.get(t);
            text(0, sheetNames.get(t));
            text(1, table.name());
            text(2, table.complete() ? table.title() : String.format(Locale.ROOT,
                    "%s (the sheet holds the first %,d rows; every row is in tables/%s.csv)", table.title(),
                    table.rows().size(), table.name()));
            sheet.value(row++, 3, table.totalRows());
        }
        row++;

        title("Columns");
        header(COLUMN_HEADER);
        for (int t = 0; t < tables.size(); t++) {
            for (Column column : tables.get(t).columns()) {
                text(0, sheetNames.get(t));
                text(1, column.name());
                text(2, column.type().name().toLowerCase(Locale.ROOT));
                text(3, column.unit());
                text(4, column.description());
                row++;
            }
        }
        row++;

        section("Sources", meta.sources());
        section("Reference data (vintage and licence)", meta.reference());
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.width(c, WIDTHS[c]);
        }
    }

    private void title(String title) {
        sheet.value(row, 0, title);
        sheet.style(row++, 0).bold().set();
    }

    private void pair(String label, String value) {
        text(0, label);
        text(1, value);
        row++;
    }

    private void header(String[] names) {
        for (int c = 0; c < names.length; c++) {
            text(c, names[c]);
        }
        XlsxTableSheet.header(sheet, row++, names.length - 1);
    }

    /** A titled list of lines, one per row in the first column, followed by a blank row. */
    private void section(String title, List<String> lines) {
        title(title);
        for (String line : lines) {
            text(0, line);
            row++;
        }
        row++;
    }

    private void text(int column, String value) {
        // an empty unit stays an empty cell rather than an empty string, as in the table sheets
        if (!value.isEmpty()) {
            // the same neutralisation as the tables, so copying this sheet to CSV cannot start a formula either
            sheet.value(row, column, CsvTableWriter.neutralise(value));
        }
    }
}
