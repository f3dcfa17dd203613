package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CsvFileTest {

    private static final List<String> COLUMNS = List.of("id", "note");

    @Test
    void toleratesByteOrderMarkAndCrLf() throws InputException {
        CsvFile file = CsvFile.parse("\uFEFFid,note\r\na,one\r\nb,two\r\n", "x.csv", COLUMNS);
        assertEquals(List.of("id", "note"), file.headerNames());
        assertEquals(2, file.rows().size());
        assertEquals("b", file.rows().get(1).get("id"));
        assertEquals(3, file.rows().get(1).line());
    }

    @Test
    void rowKeepsTheLineItStartsOnAfterAQuotedLineBreak() throws InputException {
        CsvFile file = CsvFile.parse("id,note\na,\"two\nlines\"\nb,x\n", "x.csv", COLUMNS);
        assertEquals(2, file.rows().get(0).line());
        assertEquals("two\nlines", file.rows().get(0).get("note"));
        assertEquals(4, file.rows().get(1).line());
    }

    @Test
    void shortRowReadsMissingCellsAsEmpty() throws InputException {
        CsvFile file = CsvFile.parse("id,note\na\n", "x.csv", COLUMNS);
        assertEquals("", file.rows().get(0).get("note"));
    }

    @Test
    void extraColumnsAreAllowed() throws InputException {
        CsvFile file = CsvFile.parse("id,note,comment\na,b,c\n", "x.csv", COLUMNS);
        assertEquals("c", file.rows().get(0).get("comment"));
    }

    @Test
    void cellProblemNamesFileLineColumnAndValue() throws InputException {
        CsvRow row = CsvFile.parse("note,id\nx,BAD\n", "data/x.csv", COLUMNS).rows().get(0);
        assertEquals("data/x.csv:2:2: malformed value (column 'id'; value 'BAD'; expected lower case)",
                row.problem("id", "malformed value", "lower case").format());
    }

    @Test
    void decodesStrictUtf8AndLocatesTheBadByte() {
        byte[] bytes = {'i', 'd', '\n', 'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'};
        InputException e = assertThrows(InputException.class, () -> CsvFile.decodeUtf8(bytes, "x.csv"));
        InputProblem p = e.problems().get(0);
        assertEquals(3, p.line());
        assertEquals("0xE9", p.value());
        assertEquals("not valid UTF-8 at byte offset 9", p.message());
    }

    @Test
    void fieldOfExactlyTheLimitIsRead() throws InputException {
        String longest = "x".repeat(CsvFile.MAX_FIELD_LENGTH);
        CsvFile file = CsvFile.parse("id,note\na," + longest + "\n", "x.csv", COLUMNS);
        assertEquals(longest, file.rows().get(0).get("note"));
    }

    @Test
    void fieldOverTheLimitIsRefusedAtItsLineAndColumn() {
        String text = "id,note\na,ok\nb,\"two\nlines\"\nc," + "x".repeat(CsvFile.MAX_FIELD_LENGTH + 1) + "\n";
        InputException e = assertThrows(InputException.class, () -> CsvFile.parse(text, "x.csv", COLUMNS));
        InputProblem p = e.problems().get(0);
        assertEquals(List.of(5L, 2, "note", "field longer than 100,000 characters",
                        "a curated value; is the file truncated or binary?"),
                List.of(p.line(), p.column(), p.columnName(), p.message(), p.expected()));
    }

    @Test
    void headerFieldOverTheLimitIsRefusedOnLineOne() {
        String text = "id," + "n".repeat(CsvFile.MAX_FIELD_LENGTH + 1) + "\na,b\n";
        InputException e = assertThrows(InputException.class, () -> CsvFile.parse(text, "x.csv", COLUMNS));
        InputProblem p = e.problems().get(0);
        assertEquals(List.of(1L, 2, "field longer than 100,000 characters"), List.of(p.line(), p.column(),
                p.message()));
        assertEquals(null, p.columnName());
    }

    @Test
    void unbalancedQuotePastLine999KeepsItsLineInEveryLocale() {
        // Commons CSV formats the line with %,d in the default locale: "1,502", "1.502", "1 502", "1’502" (de-CH),
        // or in other digits, "۱٬۵۰۲" (fa-IR) and "१,५०२" (Devanagari numbering)
        String text = "id,note\n" + "a,b\n".repeat(1_500) + "c,\"never closed\n";
        for (String tag : List.of("und", "en-US", "de-DE", "fr-FR", "de-CH", "fa-IR", "hi-IN-u-nu-deva")) {
            Locale locale = Locale.forLanguageTag(tag);
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(locale);
                InputException e = assertThrows(InputException.class, () -> CsvFile.parse(text, "x.csv", COLUMNS));
                InputProblem p = e.problems().get(0);
                assertEquals(List.of(1_502L, "unbalanced quote: a quoted field is never closed"),
                        List.of(p.line(), p.message()), tag);
            } finally {
                Locale.setDefault(before);
            }
        }
    }

    @Test
    void textAfterAClosingQuoteIsNamedWithItsLine() {
        String text = "id,note\na,b\nc,\"quoted\" then text\n";
        InputException e = assertThrows(InputException.class, () -> CsvFile.parse(text, "x.csv", COLUMNS));
        InputProblem p = e.problems().get(0);
        assertEquals(List.of(3L, "text after a closing quote"), List.of(p.line(), p.message()));
    }

    @Test
    void loneCrEndsALineAsItEndsARecord() throws InputException {
        CsvFile file = CsvFile.parse("id,note\ra,one\rb,\"two\rlines\"\rc,x\r", "x.csv", COLUMNS);
        assertEquals(List.of(2L, 3L, 5L), file.rows().stream().map(CsvRow::line).toList());
    }

    @Test
    void invalidUtf8AfterLoneCrsIsOnTheLineAnEditorShows() {
        byte[] bytes = {'i', 'd', '\r', 'o', 'k', '\r', '\n', 'c', 'a', 'f', (byte) 0xE9, '\r'};
        InputException e = assertThrows(InputException.class, () -> CsvFile.decodeUtf8(bytes, "x.csv"));
        assertEquals(3, e.problems().get(0).line());
    }
}
