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

class LongWdiReaderTest {

    @TempDir
    Path temp;

    @Test
    void takesIndicatorTitleAndLicenceFromTheDataPackage() throws Exception {
        Path folder = Fixtures.longFolder(temp, "PA.NUS.PPP",
                "\"Korea, Rep.\",KOR,2024,1.5E-07", "Euro area,EMU,2024,");

        Series series = LongWdiReader.read(new SourceFile(folder.resolve("data.csv"), "pa.nus.ppp/data.csv"));

        assertEquals("PA.NUS.PPP", series.indicator());
        assertEquals("Test indicator", series.title());
        assertEquals("CC-BY-4.0", series.provenance().licence());
        assertEquals("pa.nus.ppp/data.csv", series.provenance().sourceFile());
        // an empty value means the same as an absent row: no observation
        assertEquals(List.of(new Observation("KOR", 2024, new BigDecimal("1.5E-07"))), series.observations());
    }

    @Test
    void aBadValueAndADuplicateYearAreBothReported() {
        Path folder = Fixtures.longFolder(temp, "SP.POP.TOTL", "France,FRA,2024,68 million", "France,FRA,2023,1",
                "France,FRA,2023,2");

        InputException e = assertThrows(InputException.class,
                () -> LongWdiReader.read(Fixtures.source(folder.resolve("data.csv"))));

        String file = folder.resolve("data.csv").toString();
        assertEquals(2, e.problems().size());
        assertEquals(new InputProblem(file, 2, 4, "Value", "68 million", "not a number", Decimals.EXPECTED),
                e.problems().get(0));
        assertEquals(file + ":4:3: second value for FRA in this year (column 'Year'; value '2023'; expected one row "
                + "per economy and year)", e.problems().get(1).format());
    }

    @Test
    void aDataPackageWithoutAnIndicatorIsRefused() {
        Path folder = Fixtures.longFolder(temp, "SP.POP.TOTL", "France,FRA,2024,1");
        Fixtures.write(folder.resolve("datapackage.json"), "{\"title\": \"x\"}");

        InputException e = assertThrows(InputException.class,
                () -> LongWdiReader.read(Fixtures.source(folder.resolve("data.csv"))));

        assertTrue(e.getMessage().contains("missing or invalid indicator code"), e.getMessage());
        assertTrue(e.getMessage().startsWith(folder.resolve("datapackage.json").toString()), e.getMessage());
    }

    @Test
    void malformedJsonIsLocated() {
        Path folder = Fixtures.longFolder(temp, "SP.POP.TOTL", "France,FRA,2024,1");
        Fixtures.write(folder.resolve("datapackage.json"), "{\n  \"title\": \"x\",\n  oops\n}");

        InputException e = assertThrows(InputException.class,
                () -> LongWdiReader.read(Fixtures.source(folder.resolve("data.csv"))));

        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("malformed JSON"), e.getMessage());
    }
}
