package org.strategyatlas.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTableWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheTableByteForByte() throws IOException {
        Path file = dir.resolve("initiatives.csv");

        CsvTableWriter.write(file, PublishFixtures.initiatives());

        // computed by hand from RFC 4180: quote only fields holding a comma, quote or line break
        String expected = """
                economy,name,year,constant_usd,pct_gdp,change,exact,note
                FRA,France 2030,2021,109000000000,0.00000032,-12.5,true,'=SUM(A1)
                DEU,'@cmd,2023,-2500000000.5,,-3,false,"says ""up to"", then
                more"
                USA,"a, b",-5,0.1,0,1000,,'+plus
                EUU,Économie – 54 Mrd. €,,,0.001,-7,true,'-minus text
                """;
        assertEquals(expected, Files.readString(file, StandardCharsets.UTF_8));
    }

    @ParameterizedTest(name = "{0} is written as {1}")
    @CsvSource(delimiter = '|', value = {
            "1.09e11       | 109000000000",
            "3.2e-7        | 0.00000032",
            "-1.5e-10      | -0.00000000015",
            "12345678.9    | 12345678.9",
            "1.0           | 1",
            "-0.0          | 0",
            "0.30000000000000004 | 0.30000000000000004",
            "1e21          | 1000000000000000000000"
    })
    void doublesArePlainShortestDecimals(double value, String expected) {
        assertEquals(expected, CsvTableWriter.cell(value));
    }

    @ParameterizedTest(name = "text {0} becomes {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "=1+2      | '=1+2",
            "+1        | '+1",
            "-1        | '-1",
            "@SUM(A1)  | '@SUM(A1)",
            "plain     | plain",
            "a=b       | a=b",
    })
    void formulaLookingTextIsNeutralised(String text, String expected) {
        assertEquals(expected, CsvTableWriter.cell(text));
    }

    @Test
    void tabAndCarriageReturnAtTheStartAreNeutralised() {
        assertEquals("'\tcmd", CsvTableWriter.cell("\tcmd"));
        assertEquals("'\rcmd", CsvTableWriter.cell("\rcmd"));
    }

    @Test
    void negativeNumbersStayNumeric() {
        assertEquals("-5", CsvTableWriter.cell(-5L));
        assertEquals("-5", CsvTableWriter.cell(-5));
        assertEquals("-2.5", CsvTableWriter.cell(new BigDecimal("-2.50")));
        assertEquals("-2.5", CsvTableWriter.cell(-2.5));
    }

    @Test
    void nanIsRejectedNamingTableAndColumnAndNoFileIsWritten() {
        Path file = dir.resolve("bad.csv");
        Table table = new Table("bad", "Bad", PublishFixtures.COLUMNS, List.of(
                PublishFixtures.row("FRA", "x", 2020, Double.NaN, null, null, null, null)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvTableWriter.write(file, table));

        assertEquals("table bad, row 1, column constant_usd: NaN cannot be published; use null (an empty cell)"
                + " and say why in a status column", e.getMessage());
        assertFalse(Files.exists(file));
    }

    @Test
    void infinityIsRejected() {
        Table table = new Table("bad", "Bad", PublishFixtures.COLUMNS, List.of(
                PublishFixtures.row("FRA", "x", 2020, null, Double.NEGATIVE_INFINITY, null, null, null)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvTableWriter.write(dir.resolve("bad.csv"), table));

        assertTrue(e.getMessage().startsWith("table bad, row 1, column pct_gdp: -Infinity"), e.getMessage());
    }

    @Test
    void aCellOfTheWrongTypeIsRejectedWithTheFix() {
        Table table = new Table("bad", "Bad", PublishFixtures.COLUMNS, List.of(
                PublishFixtures.row("FRA", "x", "2020", null, null, null, null, null)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvTableWriter.write(dir.resolve("bad.csv"), table));

        assertEquals("table bad, row 1, column year: String '2020' does not fit column type INTEGER; convert it"
                + " when building the table or change the column type", e.getMessage());
    }

    @Test
    void controlCharactersAreRejectedBecauseXlsxCannotCarryThem() {
        Table table = new Table("bad", "Bad", PublishFixtures.COLUMNS, List.of(
                PublishFixtures.row("FRA", "bell\u0007", 2020, null, null, null, null, null)));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvTableWriter.write(dir.resolve("bad.csv"), table));

        assertEquals("table bad, row 1, column name: control character U+0007 at position 5; remove it (or replace"
                + " it with a space) when building the table", e.getMessage());
    }

    @Test
    void nonFiniteCellIsRejectedOnTheHeaderAndRowsPathToo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CsvTableWriter.cell(Double.POSITIVE_INFINITY));

        assertTrue(e.getMessage().startsWith("Infinity is not a number a spreadsheet can read"), e.getMessage());
    }

    @Test
    void headerAndRowsOverloadStillWritesAsBefore() throws IOException {
        Path file = dir.resolve("legacy.csv");

        CsvTableWriter.write(file, List.of("a", "b"), List.of(List.of("=x", 1.5f), List.of("y", -2L)));

        assertEquals("a,b\n'=x,1.5\ny,-2\n", Files.readString(file, StandardCharsets.UTF_8));
    }
}
