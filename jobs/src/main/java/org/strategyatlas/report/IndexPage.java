package org.strategyatlas.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.strategyatlas.publish.RunMetadata;
import org.strategyatlas.publish.Table;

/**
 * Writes a run's {@code index.html}: one self-contained, static UTF-8 page (no script, no external resource)
 * with the run's facts and method, each chart inline as SVG with links to its PDF and PNG, each table (first
 * {@value HtmlTable#MAX_ROWS} rows), the sources and a link to every file of the run. All text from data is
 * HTML-escaped.
 */
public final class IndexPage {

    private static final String CSS = """
            body{font:15px/1.45 "Liberation Sans",Arial,Helvetica,sans-serif;color:#1b1f24;margin:0 auto;\
            max-width:1160px;padding:24px}
            h1{font-size:1.7em;margin:0 0 .2em}h2{margin-top:2em;border-bottom:1px solid #ccd2da;padding-bottom:.2em}
            h3{margin:1.4em 0 .3em}a{color:#0057a0}code{font-size:.92em}
            .facts{color:#4a5361;margin:0}.meta,.note{color:#4a5361;font-size:.9em;margin:.2em 0 .6em}
            nav a{margin-right:1em}figure{margin:1.2em 0 2em;break-inside:avoid}
            figure svg,figure img{display:block;max-width:100%;height:auto}
            figcaption{color:#4a5361;font-size:.92em;margin-top:.4em}
            .scroll{overflow-x:auto}table{border-collapse:collapse;font-size:.82em}
            th,td{border-bottom:1px solid #dde2e8;padding:3px 7px;text-align:left;vertical-align:top}
            td{white-space:nowrap}td.long{white-space:normal;min-width:24em}
            th{background:#e4e8ee}.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
            .unit{font-weight:normal;color:#4a5361;font-size:.9em}tbody tr:nth-child(even){background:#f4f6f8}
            li{margin:.2em 0}.url{word-break:break-all}
            @media print{body{max-width:none;padding:0;font-size:11px}.scroll{overflow:visible}nav{display:none}
            thead{display:table-header-group}tr{break-inside:avoid}}
            """;

    private IndexPage() {
    }

    /**
     * Writes the page to {@code html}, replacing it through a temporary file moved into place.
     *
     * @param charts   their SVG files are read and inlined; PDF, PNG and SVG are linked relative to the page
     * @param runFiles every file of the run, relative to the page's folder ("tables/country_comparison.csv")
     */
    public static void write(Path html, RunMetadata meta, List<ChartFile> charts, List<Table> tables,
                             List<String> runFiles) throws IOException {
        Path folder = html.toAbsolutePath().normalize().getParent();
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>Strategy Atlas run ").append(Html.escape(meta.runId())).append("</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n");
        Table comparison = named(tables, "country_comparison");
        Table breakdown = named(tables, "totals_breakdown");
        header(out, meta, !charts.isEmpty(), comparison != null && breakdown != null);
        out.append("<section id=\"method\">\n<h2>Method</h2>\n");
        list(out, meta.method());
        out.append("<h3>Reference data</h3>\n");
        list(out, meta.reference());
        out.append("</section>\n");
        if (!charts.isEmpty()) {
            out.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
            for (ChartFile chart : charts) {
                chart(out, chart, folder);
            }
            out.append("</section>\n");
        }
        if (comparison != null && breakdown != null) {
            breakdown(out, comparison, breakdown, meta.currency());
        }
        out.append("<section id=\"tables\">\n<h2>Tables</h2>\n");
        for (Table table : tables) {
            HtmlTable.append(out, table, Html.href(csvPath(table, runFiles)));
        }
        out.append("</section>\n");
        sources(out, meta.sources());
        out.append("<section id=\"files\">\n<h2>Files of this run</h2>\n<ul>\n");
        for (String file : runFiles) {
            out.append("<li><a href=\"").append(Html.href(file)).append("\">").append(Html.escape(file))
                    .append("</a></li>\n");
        }
        out.append("</ul>\n</section>\n</body>\n</html>\n");
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFile.write(html, stream -> stream.write(bytes));
    }

    private static Table named(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }

    /** Per jurisdiction, the initiatives behind its totals: what each adds, or why it adds nothing. */
    private static void breakdown(StringBuilder out, Table comparison, Table breakdown, String currency) {
        out.append("<section id=\"breakdown\">\n<h2>Totals, line by line</h2>\n<p class=\"note\">Each")
                .append(" initiative once. The rows counted in the headline add up to the headline total; targets")
                .append(" and reports, and broader packages without a stated AI share, are counted apart. Amounts")
                .append(" in billions; every column is in tables/totals_breakdown.csv.</p>\n");
        for (TableView view : TableView.breakdown(breakdown, comparison, currency)) {
            out.append("<h3>").append(Html.escape(view.title())).append("</h3>\n<div class=\"scroll\"><table>\n")
                    .append("<thead><tr>");
            for (TableView.Cell cell : view.columns()) {
                out.append("<th scope=\"col\"").append(cell.numeric() ? " class=\"num\"" : "").append(">")
                        .append(Html.escape(cell.header())).append("</th>");
            }
            out.append("</tr></thead>\n<tbody>\n");
            for (List<Object> row : view.rows()) {
                out.append("<tr>");
                for (TableView.Cell cell : view.columns()) {
                    out.append(cell.numeric() ? "<td class=\"num\">" : "<td>")
                            .append(Html.escape(cell.text().apply(row))).append("</td>");
                }
                out.append("</tr>\n");
            }
            out.append("</tbody></table></div>\n");
        }
        out.append("</section>\n");
    }

    private static void header(StringBuilder out, RunMetadata meta, boolean charts, boolean breakdown) {
        String date = RunDate.of(meta.runId()).map(DateTimeFormatter.ISO_LOCAL_DATE::format).orElse("");
        out.append("<header>\n<h1>").append(Html.escape(ReportWriter.TITLE))
                .append("</h1>\n<p class=\"facts\">Run <code>")
                .append(Html.escape(meta.runId())).append("</code>")
                .append(date.isEmpty() ? "" : " of " + date + " (UTC)")
                .append(" &middot; base year ").append(meta.baseYear())
                .append(" &middot; currency ").append(Html.escape(meta.currency())).append("</p>\n")
                .append("<nav><a href=\"#method\">Method</a>")
                .append(charts ? "<a href=\"#charts\">Charts</a>" : "").append(breakdown ? "<a href=\"#breakdown\">Totals, line by line</a>" : "")
                .append("<a href=\"#tables\">Tables</a>")
                .append("<a href=\"#sources\">Sources</a><a href=\"#files\">Files</a></nav>\n</header>\n");
    }

    private static void chart(StringBuilder out, ChartFile chart, Path folder) throws IOException {
        String svgHref = Html.href(relative(folder, chart.svg()));
        String pngHref = Html.href(relative(folder, chart.png()));
        out.append("<figure id=\"chart-").append(Html.escape(chart.name())).append("\">\n<h3>")
                .append(Html.escape(chart.title())).append("</h3>\n");
        Optional<String> svg = SvgInline.of(Files.readString(chart.svg(), StandardCharsets.UTF_8), chart.name());
        if (svg.isPresent()) {
            out.append(svg.get()).append('\n');
        } else {
            // an SVG we will not inline (no <svg>, or active content) is shown as its PNG
            out.append("<img src=\"").append(pngHref).append("\" alt=\"").append(Html.escape(chart.title()))
                    .append("\">\n");
        }
        out.append("<figcaption>").append(Html.escape(chart.caption())).append(" Download: <a href=\"")
                .append(Html.href(relative(folder, chart.pdf()))).append("\">PDF</a>, <a href=\"").append(svgHref)
                .append("\">SVG</a>, <a href=\"").append(pngHref).append("\">PNG</a></figcaption>\n</figure>\n");
    }

    private static void sources(StringBuilder out, List<String> lines) {
        out.append("<section id=\"sources\">\n<h2>Sources</h2>\n<ul>\n");
        for (String line : lines) {
            SourceLine source = SourceLine.parse(line);
            out.append("<li>");
            if (!source.id().isEmpty()) {
                out.append("<strong>").append(Html.escape(source.id())).append("</strong> ");
            }
            out.append(Html.escape(source.description()));
            if (!source.url().isEmpty()) {
                out.append("<br><a class=\"url\" href=\"").append(Html.escape(source.url())).append("\">")
                        .append(Html.escape(source.url())).append("</a>");
            }
            out.append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void list(StringBuilder out, List<String> items) {
        out.append("<ul>\n");
        for (String item : items) {
            out.append("<li>").append(Html.escape(item)).append("</li>\n");
        }
        out.append("</ul>\n");
    }

    /** The table's CSV among the run's files ("tables/name.csv" or any folder), else where runs put it. */
    static String csvPath(Table table, List<String> runFiles) {
        String file = table.name() + ".csv";
        return runFiles.stream().filter(f -> f.equals(file) || f.endsWith("/" + file)).findFirst()
                .orElse("tables/" + file);
    }

    /** A file's path relative to the page's folder, with forward slashes, as an href wants it. */
    static String relative(Path folder, Path file) {
        return folder.relativize(file.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
