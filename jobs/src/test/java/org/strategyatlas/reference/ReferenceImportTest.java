package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

class ReferenceImportTest {

    private static final String ROW = "\"France\",\"FRA\",\"GDP (current US$)\",\"CODE\",\"1\",\"2\",\"3\",";

    @TempDir
    Path temp;

    @Test
    void oneIndicatorFromTwoInputsIsRefusedNamingBothFiles() {
        Path wide = Fixtures.write(temp.resolve("in/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv"),
                Fixtures.wide("NY.GDP.MKTP.CD", ROW));
        Path folder = Fixtures.longFolder(temp.resolve("in/long"), "NY.GDP.MKTP.CD", "France,FRA,2000,5");

        InputException e = assertThrows(InputException.class, () -> ReferenceImport.run(
                new ImportOptions(List.of(temp.resolve("in")), temp.resolve("out"), 1960)));

        assertEquals(List.of(InputProblem.ofFile(folder.resolve("data.csv").toString(),
                "indicator NY.GDP.MKTP.CD is given twice: by " + wide + " and by " + folder.resolve("data.csv"),
                "only one of the two files; pass the one whose vintage you want")), e.problems());
    }

    @Test
    void unrecognisedFilesAreListedAsSkippedAndTheRestIsWritten() throws Exception {
        Fixtures.write(temp.resolve("in/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv"), Fixtures.wide("NY.GDP.MKTP.CD", ROW));
        Fixtures.write(temp.resolve("in/notes.txt"), "hello");
        Fixtures.write(temp.resolve("in/orphan/data.csv"), "a,b\n");

        ImportSummary summary = ReferenceImport.run(new ImportOptions(List.of(temp.resolve("in")),
                temp.resolve("out"), 1961));

        assertEquals(List.of(temp.resolve("in/notes.txt").toString(), temp.resolve("in/orphan/data.csv").toString()),
                summary.skipped().stream().map(SkippedFile::path).toList());
        assertEquals("data.csv without a datapackage.json beside it", summary.skipped().get(1).reason());
        assertEquals("indicator,economy,year,value\nNY.GDP.MKTP.CD,FRA,1961,2\nNY.GDP.MKTP.CD,FRA,1962,3\n",
                Files.readString(temp.resolve("out/ny.gdp.mktp.cd.csv")));
        VintageRow vintage = summary.written().get(0);
        assertEquals("in/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_1.csv", vintage.sourceFile());
        assertEquals("2025-07-01", vintage.lastUpdated());
        assertEquals(List.of(2L, 1961, 1962), List.of(vintage.rows(), vintage.firstYear(), vintage.lastYear()));
    }

    @Test
    void problemsInSeveralFilesAreReportedTogetherAndNothingIsWritten() {
        Fixtures.write(temp.resolve("in/API_A_DS2.csv"),
                Fixtures.wide("NY.GDP.MKTP.CD", ROW.replace("\"2\"", "\"x\"")));
        Fixtures.longFolder(temp.resolve("in"), "SP.POP.TOTL", "France,FRA,20x4,1");

        InputException e = assertThrows(InputException.class, () -> ReferenceImport.run(
                new ImportOptions(List.of(temp.resolve("in")), temp.resolve("out"), 2000)));

        assertEquals(List.of("not a number", "not a year"), e.problems().stream().map(InputProblem::message).toList());
        assertFalse(Files.exists(temp.resolve("out")));
    }

    @Test
    void aFolderWithNothingToImportIsAnInputProblem() {
        Fixtures.write(temp.resolve("in/readme.txt"), "nothing here");

        InputException e = assertThrows(InputException.class, () -> ReferenceImport.run(
                new ImportOptions(List.of(temp.resolve("in")), temp.resolve("out"), 2000)));

        assertTrue(e.getMessage().contains("no reference inputs found (1 other files skipped)"), e.getMessage());
    }

    @Test
    void twoEcbFilesAreRefused() {
        Fixtures.write(temp.resolve("a/eurofxref-hist.csv"), "Date,USD,\n2024-01-02,1.1,\n");
        Fixtures.write(temp.resolve("b/eurofxref-hist.csv"), "Date,USD,\n2024-01-02,1.1,\n");

        InputException e = assertThrows(InputException.class, () -> ReferenceImport.run(
                new ImportOptions(List.of(temp.resolve("a"), temp.resolve("b")), temp.resolve("out"), 2000)));

        assertTrue(e.getMessage().contains("two ECB rate files given"), e.getMessage());
    }

    @Test
    void aReimportRemovesFilesOnlyTheOldVintageListed() throws Exception {
        Path gdp = Fixtures.write(temp.resolve("in/API_GDP_DS2.csv"), Fixtures.wide("NY.GDP.MKTP.CD", ROW));
        Path pop = Fixtures.write(temp.resolve("in2/API_POP_DS2.csv"), Fixtures.wide("SP.POP.TOTL", ROW));
        Path out = temp.resolve("out");
        ReferenceImport.run(new ImportOptions(List.of(gdp, pop), out, 1960));
        Fixtures.write(out.resolve("README.md"), "kept");

        ReferenceImport.run(new ImportOptions(List.of(pop), out, 1960));

        assertFalse(Files.exists(out.resolve("ny.gdp.mktp.cd.csv")));
        assertTrue(Files.exists(out.resolve("sp.pop.totl.csv")));
        assertEquals("kept", Files.readString(out.resolve("README.md")));
        assertEquals(List.of("sp.pop.totl.csv"), ReferenceData.load(out).vintage().stream().map(VintageRow::file)
                .toList());
    }
}
