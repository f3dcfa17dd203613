package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

class ReferenceDataTest {

    private static final String VINTAGE_HEADER = String.join(",", ReferenceFiles.VINTAGE_COLUMNS) + "\n";

    @TempDir
    Path dir;

    @BeforeEach
    void writeAFolder() {
        Fixtures.write(dir.resolve("vintage.csv"), VINTAGE_HEADER
                + "economies.csv,,meta.csv,ab,World Bank,,CC-BY-4.0,2,,,\n"
                + "ecb_eur_annual.csv,,ecb.csv,cd,European Central Bank,,,1,2024,2024,\n"
                + "sp.pop.totl.csv,SP.POP.TOTL,data.csv,ef,World Bank,,CC-BY-4.0,2,2023,2024,\n");
        Fixtures.write(dir.resolve("economies.csv"), """
                code,name,region,income_group,aggregate
                EUU,European Union,,,true
                KOR,"Korea, Rep.",East Asia & Pacific,High income,false
                """);
        Fixtures.write(dir.resolve("ecb_eur_annual.csv"), """
                currency,year,value,observations,complete
                USD,2024,1.082380,256,true
                """);
        Fixtures.write(dir.resolve("sp.pop.totl.csv"), """
                indicator,economy,year,value
                SP.POP.TOTL,KOR,2023,51712619
                SP.POP.TOTL,KOR,2024,51717590
                """);
    }

    @Test
    void looksUpValuesRatesAndEconomies() throws Exception {
        ReferenceData data = ReferenceData.load(dir);

        assertEquals(Optional.of(new BigDecimal("51717590")), data.value(Indicators.POPULATION, "KOR", 2024));
        assertEquals(Optional.empty(), data.value(Indicators.POPULATION, "KOR", 2025));
        assertEquals(Optional.empty(), data.value(Indicators.GDP_CURRENT_USD, "KOR", 2024));
        assertEquals(Optional.of(new BigDecimal("1.082380")), data.eurRate("USD", 2024));
        assertEquals(Optional.of(BigDecimal.ONE), data.eurRate("EUR", 1999));
        assertEquals(Optional.empty(), data.eurRate("GBP", 2024));
        assertEquals(new Economy("KOR", "Korea, Rep.", "East Asia & Pacific", "High income", false),
                data.economies().get("KOR"));
        assertTrue(data.economies().get("EUU").aggregate());
        assertEquals(List.of("economies.csv", "ecb_eur_annual.csv", "sp.pop.totl.csv"),
                data.vintage().stream().map(VintageRow::file).toList());
    }

    @Test
    void aMalformedValueIsReportedWithFileLineAndColumn() {
        Fixtures.write(dir.resolve("sp.pop.totl.csv"), """
                indicator,economy,year,value
                SP.POP.TOTL,KOR,2023,51712619
                SP.POP.TOTL,KOR,2024,51 717 590
                """);

        InputException e = assertThrows(InputException.class, () -> ReferenceData.load(dir));

        InputProblem problem = e.problems().get(0);
        assertEquals(List.of(dir.resolve("sp.pop.totl.csv").toString(), 3L, 4, "51 717 590"),
                List.of(problem.file(), problem.line(), problem.column(), problem.value()));
        assertTrue(problem.format().contains("re-run atlas reference import"), problem.format());
    }

    @Test
    void aMissingFileIsNamed() {
        Fixtures.write(dir.resolve("vintage.csv"), VINTAGE_HEADER
                + "pa.nus.fcrf.csv,PA.NUS.FCRF,data.csv,ef,World Bank,,CC-BY-4.0,2,2023,2024,\n");

        InputException e = assertThrows(InputException.class, () -> ReferenceData.load(dir));

        assertEquals(dir.resolve("pa.nus.fcrf.csv") + ": file not found", e.problems().get(0).format()
                .replaceAll(" \\(expected.*", ""));
    }

    @Test
    void aFolderWithoutAVintageIsRefused() {
        InputException e = assertThrows(InputException.class, () -> ReferenceData.load(dir.resolve("nothing")));

        assertTrue(e.getMessage().contains("no such folder"), e.getMessage());
    }

    @Test
    void rowCountsMustMatchTheVintage() {
        Fixtures.write(dir.resolve("sp.pop.totl.csv"), """
                indicator,economy,year,value
                SP.POP.TOTL,KOR,2024,51717590
                """);

        InputException e = assertThrows(InputException.class, () -> ReferenceData.load(dir));

        assertTrue(e.getMessage().contains("has 1 rows but vintage.csv says 2"), e.getMessage());
    }

    @Test
    void aDuplicateKeyIsReported() {
        Fixtures.write(dir.resolve("sp.pop.totl.csv"), """
                indicator,economy,year,value
                SP.POP.TOTL,KOR,2024,51712619
                SP.POP.TOTL,KOR,2024,51717590
                """);

        InputException e = assertThrows(InputException.class, () -> ReferenceData.load(dir));

        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("second row for the same key"), e.getMessage());
    }
}
