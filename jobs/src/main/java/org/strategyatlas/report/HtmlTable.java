package org.strategyatlas.report;

import java.util.List;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.ColumnType;
import org.strategyatlas.publish.Table;

/** One published table as an HTML {@code <table>}: units under the column names, numbers right-aligned. */
final class HtmlTable {

    /** Rows shown on the page; a longer table says so and links to its CSV. */
    static final int MAX_ROWS = 200;
    private static final int LONG_TEXT = 40;

    private HtmlTable() {
    }

    static void append(StringBuilder html, Table table, String csvHref) {
        long rows = table.totalRows();
        int shown = Math.min(table.rows().size(), MAX_ROWS);
        html.append("<section class=\"table\" id=\"table-").append(Html.escape(table.name())).append("\">\n");
        html.append("<h3>").append(Html.escape(table.title())).append("</h3>\n");
        html.append("<p class=\"meta\"><code>").append(Html.escape(table.name())).append("</code>, ")
                .append(CellText.of(rows)).append(rows == 1 ? " row" : " rows").append(", ")
                .append(CellText.of((long) table.columns().size())).append(" columns; full table: <a href=\"")
                .append(csvHref).append("\">CSV</a></p>\n");
        if (rows > shown) {
            html.append("<p class=\"note\">Showing the first ").append(shown).append(" of ")
                    .append(CellText.of(rows)).append(" rows; every row is in <a href=\"").append(csvHref)
                    .append(table.complete() ? "\">the CSV</a> and the workbook.</p>\n" : "\">the CSV</a>.</p>\n");
        }
        html.append("<div class=\"scroll\"><table>\n<thead><tr>");
        for (Column column : table.columns()) {
            html.append("<th scope=\"col\"").append(numeric(column) ? " class=\"num\"" : "").append(" title=\"")
                    .append(Html.escape(column.description())).append("\">").append(Html.escape(column.name()));
            if (!column.unit().isEmpty()) {
                html.append("<br><span class=\"unit\">").append(Html.escape(column.unit())).append("</span>");
            }
            html.append("</th>");
        }
        html.append("</tr></thead>\n<tbody>\n");
        for (List<Object> row : table.rows().subList(0, shown)) {
            html.append("<tr>");
            for (int c = 0; c < row.size(); c++) {
                String text = CellText.of(row.get(c), table.columns().get(c));
                // long text wraps in a column wide enough to read; short text and numbers stay on one line
                html.append(numeric(table.columns().get(c)) ? "<td class=\"num\">"
                        : text.length() > LONG_TEXT ? "<td class=\"long\">" : "<td>")
                        .append(Html.escape(text)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</tbody>\n</table></div>\n</section>\n");
    }

    private static boolean numeric(Column column) {
        return column.type() == ColumnType.INTEGER || column.type() == ColumnType.DECIMAL;
    }
}
