package org.strategyatlas.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes all output tables into one typed workbook ({@code atlas.xlsx}): an About sheet first, then one sheet per
 * table with a bold, filled, frozen header row, a filter over the data and widths fitted to the content.
 *
 * <p>Cells: numbers are numeric cells, text is a text cell neutralised exactly as in the CSV (a leading
 * {@code = + - @}, tab or CR gets a {@code '} prefix, and nothing is ever written as a formula), booleans are the
 * text {@code true}/{@code false}, null is an empty cell. Number formats, by column type and unit:
 * <ul>
 *   <li>INTEGER: {@code #,##0}, except year columns (named {@code year}, {@code *_year} or {@code year_*}):
 *       {@code 0}, so 2024 does not show as 2,024;</li>
 *   <li>DECIMAL with a unit containing "%" or "percent" (share of GDP): {@code 0.000000}, because shares are
 *       often below 0.01 and would show as 0.00;</li>
 *   <li>DECIMAL money (unit contains "$", "USD", "EUR" or "€", so also int-$ and "international $"):
 *       {@code #,##0}, whole currency units, since amounts run to billions and cents are noise; money per head
 *       (unit says "per inhabitant", "per person", "per capita" or "per head"): {@code #,##0.00};</li>
 *   <li>any other DECIMAL: {@code #,##0.00}.</li>
 * </ul>
 * Formats change only what is shown: each cell keeps its full value.
 */
public final class XlsxWriter {

    private static final String APPLICATION = "Strategy Atlas";
    // fastexcel requires an "x.y" application version for docProps/app.xml
    private static final String APPLICATION_VERSION = "1.0";

    private XlsxWriter() {
    }

    /**
     * Writes {@code tables} and the About sheet to {@code file}, replacing it; the workbook is written to a
     * temporary file in the same folder and moved into place, so a failure never leaves a partial workbook.
     */
    public static void write(Path file, List<Table> tables, RunMetadata meta) throws IOException {
        // check everything first, so bad data fails before any byte is written
        tables.forEach(TableCells::validate);
        List<String> sheetNames = SheetNames.assign(tables.stream().map(Table::name).toList(),
                List.of(XlsxAboutSheet.NAME));
        Path absolute = file.toAbsolutePath();
        Path folder = absolute.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                Workbook workbook = new Workbook(out, APPLICATION, APPLICATION_VERSION);
                XlsxAboutSheet.write(workbook.newWorksheet(XlsxAboutSheet.NAME), tables, sheetNames, meta);
                for (int t = 0; t < tables.size(); t++) {
                    Worksheet sheet = workbook.newWorksheet(sheetNames.get(t));
                    XlsxTableSheet.write(sheet, tables.get(t));
                    // flushing each sheet as it is done keeps memory flat for large tables
                    sheet.finish();
                }
                workbook.finish();
            }
            move(temp, absolute);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some file systems refuse ATOMIC_MOVE; a replace within one folder is still a rename on those, and
            // the temporary file has kept any failed write away from the target
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
