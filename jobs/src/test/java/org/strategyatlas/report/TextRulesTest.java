package org.strategyatlas.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.ColumnType;

/** The pure rules under the report and the page: showable text, wrapping, number text, source lines, run dates. */
class TextRulesTest {

    private static PDDocument document;
    private static PdfFont font;

    @BeforeAll
    static void loadFont() throws IOException {
        document = new PDDocument();
        font = PdfFont.load(document, PdfFont.REGULAR);
    }

    @AfterAll
    static void close() throws IOException {
        document.close();
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            Korea, Rep.                          | Korea, Rep.
            109 milliards d’euros                | 109 milliards d’euros
            65 名参与者                           | 65 ????
            `54 Mrd. €, Économie – „Zukunft“`    | `54 Mrd. €, Économie – „Zukunft“`
            `tab\there`                          | `tab here`
            `line\nbreak`                        | `line break`
            `emoji 🚀 one`                       | `emoji ? one`
            `left\u2066isolate`                  | `leftisolate`
            `Cafe\u0301`                         | `Café`
            `<script>alert(1)</script>`          | `<script>alert(1)</script>`
            """)
    void showableTextKeepsWhatLiberationHasAndMarksTheRest(String raw, String shown) {
        assertEquals(unescape(shown), font.showable(unescape(raw)));
    }

    @Test
    void missingCharactersCanBeDrawnInsteadOfFailing() throws IOException {
        String shown = font.showable("65 名参与者");

        // the raw text would throw in PDFBox; the showable text encodes
        assertThrows(IllegalArgumentException.class, () -> font.pdfFont().encode("名"));
        assertEquals("65 ????", shown);
        // two bytes (a glyph id) per character
        assertEquals(2 * shown.length(), font.pdfFont().encode(shown).length);
        assertTrue(font.width(shown, 10) > 0);
    }

    @Test
    void wrapsAtSpacesAndBreaksAWordOnlyWhenItIsWiderThanTheLine() {
        String url = "https://www.example.org/a/very/long/path/that/cannot/fit/on/one/narrow/line/at/all.html";
        List<String> lines = font.wrap("See " + url + " for the data", 9, 120);

        assertEquals("See", lines.get(0));
        assertTrue(lines.size() > 3, lines.toString());
        assertTrue(lines.get(lines.size() - 1).endsWith("data"), lines.toString());
        // nothing is lost: the lines hold every character of the text, spaces aside
        assertEquals(("See " + url + " for the data").replace(" ", ""), String.join("", lines).replace(" ", ""));
        for (String line : lines) {
            assertTrue(font.width(line, 9) <= 120, line);
        }
        assertEquals(List.of("one two", "three"), font.wrap("one two three", 9, font.width("one two", 9) + 1));
        assertEquals(List.of(""), font.wrap("", 9, 100));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            long       | 1234567              | 1,234,567
            double     | 1.09e11              | 109,000,000,000
            double     | -0.0                 | 0
            double     | 3.2e-7               | 0.00000032
            decimal    | -2500000000.50       | -2,500,000,000.5
            decimal    | 0.1234565            | 0.123457
            """)
    void cellsAreGroupedWithLocaleRootWhateverTheDefaultLocale(String type, String value, String shown) {
        Object cell = switch (type) {
            case "long" -> Long.parseLong(value);
            case "double" -> Double.valueOf(value);
            default -> new BigDecimal(value);
        };
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals(shown, CellText.of(cell));
        } finally {
            Locale.setDefault(before);
        }
    }

    @ParameterizedTest(name = "[{index}] {0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1.2345e11  | 1e9 | 2 | 123.45
            4.8e10     | 1e9 | 2 | 48.00
            1234.5     | 1   | 2 | 1,234.50
            0.0004     | 1   | 3 | <0.001
            -0.0004    | 1   | 3 | >-0.001
            0.0005     | 1   | 3 | 0.001
            0          | 1   | 3 | 0.000
            2.5        | 1   | 0 | 3
            """)
    void fixedDecimalsScaleRoundHalfUpAndNeverShowASmallShareAsZero(double value, String divisor, int decimals,
                                                                   String shown) {
        assertEquals(shown, CellText.fixed(value, new BigDecimal(divisor), decimals));
    }

    @ParameterizedTest(name = "[{index}] {0} {1} {2}")
    @CsvSource(delimiter = '|', textBlock = """
            year                         | INTEGER | ''                               | 2024         | 2024
            price_year                   | INTEGER | year                             | 2024         | 2024
            initiatives                  | INTEGER | initiatives                      | 12345        | 12,345
            investment_constant_usd_low  | DECIMAL | constant 2024 US$                | 1.2345e11    | 123,450,000,000
            investment_constant_eur_low  | DECIMAL | constant 2024 EUR                | 2500.5       | 2,501
            per_capita_usd_low           | DECIMAL | constant 2024 US$ per inhabitant | 1234.5       | 1,234.50
            pct_gdp_per_year_low         | DECIMAL | % of GDP per year of the plan    | 0.0004       | 0.000400
            pct_gdp                      | DECIMAL | % of GDP                         | 3.2e-9       | <0.000001
            researchers_per_million      | DECIMAL | per million inhabitants          | 29411.436249 | 29,411.436249
            low_min                      | DECIMAL | unit                             | 20000        | 20,000
            """)
    void cellsOfAColumnReadAsInTheWorkbook(String name, String type, String unit, String value, String shown) {
        Column column = new Column(name, ColumnType.valueOf(type), unit, "");
        Object cell = column.type() == ColumnType.INTEGER ? (Object) Long.valueOf(value) : Double.valueOf(value);

        assertEquals(shown, CellText.of(cell, column));
    }

    @Test
    void emptyCellsAndBooleans() {
        assertEquals("", CellText.of(null));
        assertEquals("", CellText.fixed(null, BigDecimal.ONE, 2));
        assertEquals("yes", CellText.of(true));
        assertEquals("", CellText.of(Double.NaN));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `S001: France 2030, Gouv, https://gouv.fr/f2030` | S001 | `France 2030, Gouv` | https://gouv.fr/f2030
            `S004: Korea, Rep. plan, MSIT, https://k.kr/a?b=1&c=2` | S004 | `Korea, Rep. plan, MSIT` | https://k.kr/a?b=1&c=2
            `S005: Notes held by the editors, Atlas` | S005 | `Notes held by the editors, Atlas` | ``
            `S006: A plan, javascript:alert(1)` | S006 | `A plan, javascript:alert(1)` | ``
            `S007: https://only.example/u` | S007 | `` | https://only.example/u
            `no id at all, Publisher` | `` | `no id at all, Publisher` | ``
            """)
    void sourceLinesSplitIdDescriptionAndHttpUrl(String line, String id, String description, String url) {
        assertEquals(new SourceLine(id, description, url), SourceLine.parse(line));
    }

    @Test
    void aSourceUrlMustBeHttp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new SourceLine("S1", "x", "javascript:alert(1)"));
        assertTrue(e.getMessage().contains("url must be http(s)"), e.getMessage());
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', textBlock = """
            20240501T120000Z         | 2024-05-01
            20240501T120000Z-2       | 2024-05-01
            2024-05-01T120000Z-abc   | 2024-05-01
            20241301T120000Z         |
            manual-run               |
            """)
    void runDateComesFromTheRunId(String runId, String date) {
        assertEquals(Optional.ofNullable(date).map(LocalDate::parse), RunDate.of(runId));
    }

    @Test
    void htmlEscapesAllFiveAndHrefsEncodeEachByte() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;", Html.escape("<a href=\"x\" title='y'>&"));
        assertEquals("tables/long%20table.csv", Html.href("tables/long table.csv"));
        assertEquals("a%23b%3Fc%26.csv", Html.href("a#b?c&.csv"));
        assertEquals("%E5%90%8D.csv", Html.href("名.csv"));
    }

    private static String unescape(String text) {
        return text.replace("\\t", "\t").replace("\\n", "\n").replace("\\u2066", "\u2066").replace("\\u0301", "\u0301");
    }
}
