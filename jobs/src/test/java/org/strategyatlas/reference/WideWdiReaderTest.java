package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

class WideWdiReaderTest {

    private static final String NAME = "\"Official exchange rate (LCU per US$, period average)\",\"CODE\"";

    @TempDir
    Path temp;

    @Test
    void readsQuotedCellsCommasInNamesExponentsAndMissingYears() throws Exception {
        Path file = Fixtures.write(temp.resolve("API_PA.NUS.FCRF_DS2_en_csv_v2_1.csv"), Fixtures.wide("PA.NUS.FCRF",
                "\"Bahamas, The\",\"BHS\"," + NAME + ",\"1\",\"\",\"2.5E-08\",",
                "\"World\",\"WLD\"," + NAME + ",\"\",\"\",\"\","));

        List<Series> series = WideWdiReader.read(Fixtures.source(file));

        assertEquals(1, series.size());
        Series fcrf = series.get(0);
        assertEquals("PA.NUS.FCRF", fcrf.indicator());
        assertEquals("Official exchange rate (LCU per US$, period average)", fcrf.title());
        assertEquals("2025-07-01", fcrf.provenance().lastUpdated());
        assertEquals(List.of(new Observation("BHS", 1960, new BigDecimal("1")),
                new Observation("BHS", 1962, new BigDecimal("2.5E-08"))), fcrf.observations());
        assertEquals("0.000000025", Decimals.plain(fcrf.observations().get(1).value()));
    }

    @Test
    void aMalformedValueIsReportedWithFileLineAndColumn() {
        Path file = Fixtures.write(temp.resolve("API_PA.NUS.FCRF_DS2_en_csv_v2_1.csv"), Fixtures.wide("PA.NUS.FCRF",
                "\"Aruba\",\"ABW\"," + NAME + ",\"1.79\",\"1.79\",\"1.79\",",
                "\"Germany\",\"DEU\"," + NAME + ",\"1.2\",\"1,234\",\"\","));

        InputException e = assertThrows(InputException.class, () -> WideWdiReader.read(Fixtures.source(file)));

        assertEquals(1, e.problems().size());
        InputProblem problem = e.problems().get(0);
        // line 7: five preamble/header lines, Aruba on 6; column 6 is "1961"
        assertEquals(file.toString(), problem.file());
        assertEquals(7, problem.line());
        assertEquals(6, problem.column());
        assertEquals("1961", problem.columnName());
        assertEquals("1,234", problem.value());
        assertTrue(problem.format().startsWith(file + ":7:6: not a number (column '1961'; value '1,234'; expected "
                + "a decimal number with a dot"), problem.format());
    }

    @Test
    void aRowWithAnUnquotedCommaIsReportedByLine() {
        Path file = Fixtures.write(temp.resolve("API_X_DS2.csv"), Fixtures.wide("PA.NUS.FCRF",
                "Korea, Rep.,\"KOR\"," + NAME + ",\"1\",\"2\",\"3\","));

        InputException e = assertThrows(InputException.class, () -> WideWdiReader.read(Fixtures.source(file)));

        assertEquals(file + ":6: row has 9 fields but the header has 8 (expected one field per header column, "
                + "as in the World Bank download)", e.problems().get(0).format());
    }

    @Test
    void aFileWithoutTheWideHeaderSaysWhatWasExpected() {
        Path file = Fixtures.write(temp.resolve("API_X_DS2.csv"), "Country,Year,Value\n");

        InputException e = assertThrows(InputException.class, () -> WideWdiReader.read(Fixtures.source(file)));

        assertTrue(e.getMessage().contains("no header row starting \"Country Name\""), e.getMessage());
    }

    @Test
    void aHeaderColumnThatIsNotAYearIsReported() {
        String text = Fixtures.WIDE_HEAD.replace("\"1961\"", "\"Y1961\"") + "\"Aruba\",\"ABW\"," + NAME
                .replace("CODE", "PA.NUS.FCRF") + ",\"1\",\"2\",\"3\",\r\n";
        Path file = Fixtures.write(temp.resolve("API_X_DS2.csv"), text);

        InputException e = assertThrows(InputException.class, () -> WideWdiReader.read(Fixtures.source(file)));

        assertEquals(new InputProblem(file.toString(), 5, 6, null, "Y1961", "not a year column",
                "a four-digit year such as 2024; only empty columns may follow the last year"), e.problems().get(0));
    }
}
