package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Reads the real World Bank downloads. Every golden value was looked up in the file with grep/awk
 * (command beside it), never taken from this program's output.
 */
class WdiRealDataTest {

    @Test
    void wideFileGivesTheEuroRateOfGermanyAndTheLastUpdatedDate() throws Exception {
        Series fcrf = single(WideWdiReader.read(RealData.source(RealData.WIDE_FCRF)));

        assertEquals("PA.NUS.FCRF", fcrf.indicator());
        // sed -n 3p API_PA.NUS.FCRF_*.csv  ->  "Last Updated Date","2025-07-01",
        assertEquals("2025-07-01", fcrf.provenance().lastUpdated());
        // awk -F'","' '$2=="DEU"{print $69}' API_PA.NUS.FCRF_*.csv  (field 69 is 1960 + 64 = 2024)
        assertEquals(Optional.of(new BigDecimal("0.923889546117607")), value(fcrf, "DEU", 2024));
        assertEquals(Optional.of(new BigDecimal("0.923889546117607")), value(fcrf, "EMU", 2024));
        // "Korea, Rep." has a comma in its name; same awk with $2=="KOR" -> 1363.375
        assertEquals(Optional.of(new BigDecimal("1363.375")), value(fcrf, "KOR", 2024));
        // same awk with $2=="WLD" -> "" : aggregates have no exchange rate
        assertEquals(Optional.empty(), value(fcrf, "WLD", 2024));
    }

    @Test
    void wideGdpVintageHasNoKorea2024() throws Exception {
        Series gdp = single(WideWdiReader.read(RealData.source(RealData.WIDE_GDP)));

        // awk -F'","' '$2=="KOR"{print $68, $69}' API_NY.GDP.MKTP.CD_*.csv  ->  1712792854202.37 and ""
        assertEquals(Optional.of(new BigDecimal("1712792854202.37")), value(gdp, "KOR", 2023));
        assertEquals(Optional.empty(), value(gdp, "KOR", 2024));
        // the CRLF file: the same awk for DEU 2024 -> 4659929336890.62 (no stray \r in the last year)
        assertEquals(Optional.of(new BigDecimal("4659929336890.62")), value(gdp, "DEU", 2024));
    }

    @Test
    void wideExponentValuesAreKeptDigitForDigit() throws Exception {
        Series fcrf = single(WideWdiReader.read(RealData.source(RealData.WIDE_FCRF)));

        // grep -o '"2.86684433333333E-08"' API_PA.NUS.FCRF_*.csv : WDI writes tiny rates in exponent form
        assertTrue(fcrf.observations().stream()
                .anyMatch(o -> Decimals.plain(o.value()).equals("0.0000000286684433333333")));
    }

    @Test
    void longFileGivesTheEuroAreaRateFor2025ButNoMemberRate() throws Exception {
        Series fcrf = LongWdiReader.read(RealData.longData("pa.nus.fcrf"));

        assertEquals("PA.NUS.FCRF", fcrf.indicator());
        assertEquals("CC-BY-4.0", fcrf.provenance().licence());
        assertEquals("", fcrf.provenance().lastUpdated());
        // grep ',EMU,2025,' wdi-long/pa.nus.fcrf/data.csv  ->  Euro area,EMU,2025,0.88496895841236
        assertEquals(Optional.of(new BigDecimal("0.88496895841236")), value(fcrf, "EMU", 2025));
        // grep ',DEU,2025,' finds nothing: members have no 2025 rate in this vintage
        assertEquals(Optional.empty(), value(fcrf, "DEU", 2025));
    }

    @Test
    void longPopulationBeyondTwoToThe31() throws Exception {
        Series population = LongWdiReader.read(RealData.longData("sp.pop.totl"));

        // grep -E ',(DEU|IND),2024,' wdi-long/sp.pop.totl/data.csv
        assertEquals(Optional.of(new BigDecimal("83516593")), value(population, "DEU", 2024));
        assertEquals(Optional.of(new BigDecimal("1450935791")), value(population, "IND", 2024));
        // grep '"Korea, Rep.",KOR,2024' wdi-long/ny.gdp.mktp.cd/data.csv -> 1875388209406.8 (quoted name)
        Series gdp = LongWdiReader.read(RealData.longData("ny.gdp.mktp.cd"));
        assertEquals(Optional.of(new BigDecimal("1875388209406.8")), value(gdp, "KOR", 2024));
    }

    @Test
    void metadataFlagsAggregatesAndKeepsMultiLineNotes() throws Exception {
        CountryMetadata metadata = CountryMetadataReader.read(RealData.source(RealData.METADATA));
        Map<String, Economy> byCode = new HashMap<>();
        metadata.economies().forEach(e -> byCode.put(e.code(), e));

        // python csv: 265 rows, 48 with an empty Region (SOURCES.md says the same)
        assertEquals(265, metadata.economies().size());
        assertEquals(48, metadata.economies().stream().filter(Economy::aggregate).count());
        assertTrue(byCode.get("WLD").aggregate());
        assertTrue(byCode.get("EUU").aggregate());
        assertEquals(new Economy("FRA", "France", "Europe & Central Asia", "High income", false), byCode.get("FRA"));
        // "Korea, Rep." comes from TableName
        assertEquals("Korea, Rep.", byCode.get("KOR").name());
        // cat -A on the file shows AFG's note with bare LFs inside the quotes (the file itself is CRLF):
        // "...it is fiscal year-based ... (CY).$", "$", "In addition, the World Bank systematically..."
        assertTrue(metadata.specialNotes().get("AFG").contains("(CY).\n\nIn addition, the World Bank"));
        // the row after the multi-line note (line 8, AGO) is read whole
        assertEquals(new Economy("AGO", "Angola", "Sub-Saharan Africa", "Lower middle income", false),
                byCode.get("AGO"));
    }

    private static Series single(List<Series> series) {
        assertEquals(1, series.size());
        return series.get(0);
    }

    static Optional<BigDecimal> value(Series series, String economy, int year) {
        List<Observation> found = series.observations().stream()
                .filter(o -> o.economy().equals(economy) && o.year() == year).toList();
        assertFalse(found.size() > 1);
        return found.stream().findFirst().map(Observation::value);
    }
}
