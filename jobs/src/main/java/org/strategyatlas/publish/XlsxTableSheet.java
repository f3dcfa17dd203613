package org.strategyatlas.publish;

import java.util.List;
import org.dhatim.fastexcel.BorderSide;
import org.dhatim.fastexcel.BorderStyle;
import org.dhatim.fastexcel.Worksheet;

/** Fills one worksheet with a table: styled, frozen header with filters, typed cells and fitted widths. */
final class XlsxTableSheet {

    static final String HEADER_FILL = "DDEBF7";

    private XlsxTableSheet() {
    }

    /** Writes {@code table} (already validated) into the empty sheet {@code sheet}. */
    static void write(Worksheet sheet, Table table) {
        List<Column> columns = table.columns();
        if (columns.isEmpty()) {
            return;
        }
        int last = columns.size() - 1;
        int rowCount = table.rows().size();
        for (int c = 0; c <= last; c++) {
            sheet.value(0, c, columns.get(c).name());
        }
        header(sheet, 0, last);
        for (int r = 0; r < rowCount; r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c <= last; c++) {
                cell(sheet, r + 1, c, row.get(c));
            }
        }
        for (int c = 0; c <= last; c++) {
            Column column = columns.get(c);
            String format = XlsxFormats.numberFormat(column);
            if (format != null && rowCount > 0) {
                sheet.range(1, c, rowCount, c).style().format(format).set();
            }
            sheet.width(c, XlsxFormats.width(column, table.rows(), c));
        }
        sheet.freezePane(0, 1);
        sheet.setAutoFilter(0, 0, rowCount, last);
    }

    /** Bold on a light fill with a rule below: the look of a header row in any office suite. */
    static void header(Worksheet sheet, int row, int lastColumn) {
        sheet.range(row, 0, row, lastColumn).style().bold().fillColor(HEADER_FILL)
                .borderStyle(BorderSide.BOTTOM, BorderStyle.THIN)
                .set();
    }

    /**
     * Writes one cell: numbers as numbers, booleans and text as text neutralised like the CSV; fastexcel only
     * writes a formula through {@code formula()}, which is never called, so no cell can run as one.
     */
    static void cell(Worksheet sheet, int row, int column, Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number number) {
            sheet.value(row, column, number);
        } else {
            sheet.value(row, column, CsvTableWriter.cell(value));
        }
    }
}
