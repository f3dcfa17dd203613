package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
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
}
