package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.ingest.InputException;

/** The whole import over the real downloads, read back with {@link ReferenceData}. */
class ImportRealDataTest {

    private static final List<String> LONG = List.of("sp.pop.totl", "ny.gdp.mktp.cd", "pa.nus.fcrf", "pa.nus.ppp",
            "ny.gdp.defl.kd.zg");

    @TempDir
    Path temp;

    @Test
    void importThenLoadGivesTheSourceValues() throws Exception {
        Path out = temp.resolve("reference");
        ReferenceImport.run(new ImportOptions(inputs(), out, 2000));
        ReferenceData data = ReferenceData.load(out);

        // grep ',EMU,2025,' wdi-long/pa.nus.fcrf/data.csv
        assertEquals(Optional.of(new BigDecimal("0.88496895841236")), data.value("PA.NUS.FCRF", "EMU", 2025));
        // grep ',DEU,2024,' wdi-long/sp.pop.totl/data.csv
        assertEquals(Optional.of(new BigDecimal("83516593")), data.value("SP.POP.TOTL", "DEU", 2024));
        // --from-year 2000: grep ',DEU,1999,' finds a value in the source, but it is not written
        assertEquals(Optional.empty(), data.value("SP.POP.TOTL", "DEU", 1999));
        assertEquals(Optional.of(new BigDecimal("1.082380")), data.eurRate("USD", 2024));
        assertEquals(Optional.of(BigDecimal.ONE), data.eurRate("EUR", 2024));
        assertTrue(data.economies().get("EUU").aggregate());
        assertFalse(data.economies().get("FRA").aggregate());
        assertEquals(List.of("ATLAS.GDP.DEFL.INDEX", "NY.GDP.DEFL.KD.ZG", "NY.GDP.MKTP.CD", "PA.NUS.FCRF",
                "PA.NUS.PPP", "SP.POP.TOTL"), List.copyOf(data.indicators()));
        assertEquals(8, data.vintage().size()); // every file but vintage.csv itself
    }

    @Test
    void chainedDeflatorRatioEqualsTheProductOfTheTwoChanges() throws Exception {
        Path out = temp.resolve("reference");
        ReferenceImport.run(new ImportOptions(inputs(), out, 2000));
        ReferenceData data = ReferenceData.load(out);

        assertEquals(Optional.of(new BigDecimal("100")), data.value(Indicators.DEFLATOR_INDEX, "DEU", 2000));
        // grep -E ',DEU,202[45],' wdi-long/ny.gdp.defl.kd.zg/data.csv -> 3.1102774214087 and 3.00895267696031;
        // echo 'scale=30; (1+3.1102774214087/100)*(1+3.00895267696031/100)' | bc -> 1.062128168741013791806523418869
        BigDecimal ratio = data.value(Indicators.DEFLATOR_INDEX, "DEU", 2025).orElseThrow()
                .divide(data.value(Indicators.DEFLATOR_INDEX, "DEU", 2023).orElseThrow(), MathContext.DECIMAL64);
        assertEquals(1.062128168741014, ratio.doubleValue(), 1e-12);
        // the raw % change is kept as well
        assertEquals(Optional.of(new BigDecimal("3.00895267696031")),
                data.value(Indicators.DEFLATOR_CHANGE, "DEU", 2025));
    }

    @Test
    void aPublishedLevelIsExtendedWithTheChanges() throws Exception {
        Path out = temp.resolve("reference");
        ReferenceImport.run(new ImportOptions(List.of(RealData.dir().resolve(RealData.WIDE_DEFLATOR),
                RealData.dir().resolve("wdi-long/ny.gdp.defl.kd.zg")), out, 2000));
        ReferenceData data = ReferenceData.load(out);

        // awk -F'","' '$2=="DEU"{print $62}' API_NY.GDP.DEFL.ZS_*.csv -> 111.803670596028 (2017, kept as published)
        assertEquals(Optional.of(new BigDecimal("111.803670596028")),
                data.value(Indicators.DEFLATOR_INDEX, "DEU", 2017));
        // grep ',DEU,2018,' ny.gdp.defl.kd.zg -> 1.87085953898291;
        // echo 'scale=30; 111.803670596028*(1+1.87085953898291/100)' | bc -> 113.895360232306820745806058814800
        assertEquals(new BigDecimal("113.895360232307"), data.value(Indicators.DEFLATOR_INDEX, "DEU", 2018)
                .orElseThrow());
    }

    @Test
    void theSameInputsGiveByteIdenticalFiles() throws Exception {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        ReferenceImport.run(new ImportOptions(inputs(), first, 2000));
        ReferenceImport.run(new ImportOptions(inputs(), second, 2000));

        List<Path> files;
        try (Stream<Path> list = Files.list(first)) {
            files = list.sorted().toList();
        }
        assertEquals(9, files.size());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(second.resolve(file.getFileName())),
                    file.getFileName().toString());
        }
    }

    @Test
    void wideAndLongCopiesOfOneIndicatorAreRefused() {
        Path wide = RealData.dir().resolve(RealData.WIDE_FCRF);
        Path longFolder = RealData.dir().resolve("wdi-long/pa.nus.fcrf");

        InputException e = assertThrows(InputException.class, () -> ReferenceImport.run(
                new ImportOptions(List.of(wide, longFolder), temp.resolve("out"), 2000)));

        String message = e.problems().get(0).format();
        assertTrue(message.contains("PA.NUS.FCRF is given twice"), message);
        assertTrue(message.contains(wide.toString()) && message.contains(longFolder.resolve("data.csv").toString()),
                message);
        assertTrue(message.contains("only one of the two files"), message);
        assertFalse(Files.exists(temp.resolve("out")), "nothing is written when an input is refused");
    }

    private static List<Path> inputs() {
        Path dir = RealData.dir();
        Stream<Path> longFolders = LONG.stream().map(code -> dir.resolve("wdi-long").resolve(code));
        return Stream.concat(longFolders, Stream.of(dir.resolve(RealData.METADATA), dir.resolve("ecb"))).toList();
    }
}
