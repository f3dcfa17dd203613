package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Annual averages of the real ECB file, checked against awk over the same file. The awk used below is
 * {@code awk -F, 'NR==1{for(i=1;i<=NF;i++)c[$i]=i;next} substr($1,1,4)==Y && $c[CUR]!="N/A"{s+=$c[CUR];n++}
 * END{printf "%d %.12f", n, s/n}' eurofxref-hist.csv} with Y and CUR filled in.
 */
class EcbRealDataTest {

    private static EcbRates rates;

    @BeforeAll
    static void read() throws Exception {
        rates = EcbReader.read(RealData.source(RealData.ECB));
    }

    @Test
    void usd2024IsTheMeanOfItsDailyRates() {
        // awk Y=2024 CUR=USD -> 256 1.082380468750 ; half-even to 6 places -> 1.082380
        assertEquals(Optional.of(new AnnualRate("USD", 2024, new BigDecimal("1.082380"), 256, true)),
                rate("USD", 2024));
        // awk Y=2024 CUR=JPY -> 256 163.851914062500 -> 163.851914
        assertEquals(new BigDecimal("163.851914"), rate("JPY", 2024).orElseThrow().value());
    }

    @Test
    void notAvailableDaysAreLeftOutAndAStoppedSeriesIsIncomplete() {
        // awk Y=2022 CUR=RUB -> 42 88.397135714286 (the series stops on 2022-03-01; later days are N/A)
        assertEquals(Optional.of(new AnnualRate("RUB", 2022, new BigDecimal("88.397136"), 42, false)),
                rate("RUB", 2022));
        // awk over 2026: 70 rows, every BGN value N/A -> no annual rate at all
        assertEquals(Optional.empty(), rate("BGN", 2026));
        assertTrue(rate("BGN", 2025).orElseThrow().complete());
    }

    @Test
    void theYearInProgressIsIncomplete() {
        // head -2 eurofxref-hist.csv: the file ends on 2026-04-13, so 2026 has no December
        AnnualRate usd2026 = rate("USD", 2026).orElseThrow();
        assertFalse(usd2026.complete());
        assertEquals(70, usd2026.observations());
        assertTrue(rate("USD", 2025).orElseThrow().complete());
    }

    @Test
    void provenanceNamesTheEcbAndTheDateRange() {
        assertEquals("European Central Bank", rates.provenance().publisher());
        assertEquals("", rates.provenance().lastUpdated());
        assertTrue(rates.provenance().notes().contains("daily from 1999-01-04 to 2026-04-13"));
        assertTrue(rates.provenance().notes().contains("provided the source is acknowledged"));
    }

    private static Optional<AnnualRate> rate(String currency, int year) {
        return rates.rates().stream().filter(r -> r.currency().equals(currency) && r.year() == year).findFirst();
    }
}
