package org.strategyatlas.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.strategyatlas.TestPaths;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.reference.ReferenceData;

/**
 * Golden values of the Normalisation rules (DESIGN.md) on the committed reference data, {@code data/reference}.
 *
 * <p>Every expected number was computed independently of the Java code, by
 * {@code src/test/resources/normalise/golden_values.py}, which reads the CSV files directly and works with
 * 40-digit decimals. Beside each number, a comment gives the formula and the reference values it used, each
 * labelled with its file, economy and year: {@code fx} = {@code pa.nus.fcrf.csv} (currency units per US$),
 * {@code defl} = {@code atlas.gdp.defl.index.csv} (only ratios meaningful), {@code ppp} = {@code pa.nus.ppp.csv}
 * (currency units per international $), {@code pop} = {@code sp.pop.totl.csv}, {@code gdp} =
 * {@code ny.gdp.mktp.cd.csv} (current US$). "constant" and "pct_gdp" in a comment mean the value asserted just
 * above. When the reference data is re-imported, re-run the script and update the numbers and comments together.
 */
class NormaliserGoldenTest {

    /** The latest year in which every currency below has an exchange rate and a deflator (see baseYear tests). */
    private static final int BASE_YEAR = 2025;
    private static final List<String> CURRENCIES_USED = List.of("EUR", "GBP", "INR", "KRW", "JPY", "CNY", "USD",
            "SGD");
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static ReferenceData reference;
    private static Normaliser toUsd;
    private static Normaliser toEur;

    @BeforeAll
    static void loadTheCommittedReferenceData() throws InputException {
        reference = ReferenceData.load(TestPaths.root().resolve("data/reference"));
        toUsd = new Normaliser(reference, BASE_YEAR, "USD");
        toEur = new Normaliser(reference, BASE_YEAR, "EUR");
    }

    // ---------------------------------------------------------------- base year and issuers

    @Test
    void theBaseYearOfTheCurrenciesUsedHereIs2025() {
        // every issuer (EMU, GBR, IND, KOR, JPN, CHN, USA, SGP) has a 2025 row in both pa.nus.fcrf.csv and
        // atlas.gdp.defl.index.csv, and no file has a row after 2025
        OptionalInt year = BaseYear.latestComplete(reference, CURRENCIES_USED);

        assertEquals(OptionalInt.of(BASE_YEAR), year);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # currencies | latest complete year | why (rows of pa.nus.fcrf.csv and atlas.gdp.defl.index.csv)
            EUR          | 2025 | EMU: fx and defl 2000-2025
            USD RUB      | 2024 | RUS: fx ends 2024, defl 2025; USA both to 2025
            GBP VES      | 2017 | VEN: fx ends 2017, defl 2025; GBR both to 2025
            USD TMT      | 2001 | TKM: fx 2000-2001 only
            XOF USD      | 2025 | XOF has no issuing economy and is passed over; USA both to 2025
            """)
    void baseYearIsTheLatestYearWithARateAndADeflatorForEveryCurrency(String currencies, int expected) {
        List<String> codes = Arrays.asList(currencies.split(" "));

        OptionalInt year = BaseYear.latestComplete(reference, codes);

        assertEquals(OptionalInt.of(expected), year);
    }

    @Test
    void noCurrenciesHaveNoBaseYear() {
        assertEquals(OptionalInt.empty(), BaseYear.latestComplete(reference, List.of()));
    }

    @ParameterizedTest(name = "{0} is issued by {1}")
    @CsvSource(delimiter = '|', textBlock = """
            EUR | EMU
            USD | USA
            GBP | GBR
            INR | IND
            KRW | KOR
            JPY | JPN
            CNY | CHN
            SGD | SGP
            SAR | SAU
            """)
    void theIssuerOfACurrencyIsTheEuroAreaOrTheCountryOfItsFirstTwoLetters(String currency, String economy) {
        assertEquals(Optional.of(economy), Currencies.issuer(currency));
    }

    // ---------------------------------------------------------------- money, one currency at a time

    @Test
    void aEuroFigureOfFranceIsConvertedAtTheEuroAreaRate() {
        // 109 bn EUR for France, priced 2025, over 5 years (France has no 2025 rate of its own: EMU's applies)
        NormaliseInput in = money("fr-109bn", "FRA", "EUR", "109000000000", "109000000000", 2025, 5);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("ok", f.status());
        // 109e9 / 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.NOMINAL, 123168161960.78413, 123168161960.78413);
        // 109e9 * 183.869602810181 (defl EMU 2025) / 183.869602810181 (defl EMU 2025) / 0.88496895841236
        //     (fx EMU 2025)
        assertBounds(f, Measure.CONSTANT, 123168161960.78413, 123168161960.78413);
        // 109e9 / 0.677618 (ppp FRA 2025)
        assertBounds(f, Measure.PPP, 160857592330.78223, 160857592330.78223);
        // constant / 68720337 (pop FRA 2025)
        assertBounds(f, Measure.PER_CAPITA, 1792.3102146717374, 1792.3102146717374);
        // 109e9 / 0.88496895841236 (fx EMU 2025) / 3366315927447.33 (gdp FRA 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 3.6588414342376443, 3.6588414342376443);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.7317682868475288, 0.7317682868475288);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 24633632392.156826, 24633632392.156826);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aEuroFigurePricedInTheBaseYearIsItsOwnConstantEuroValue() {
        NormaliseInput in = money("fr-109bn", "FRA", "EUR", "109000000000", "109000000000", 2025, 5);

        NormalisedFigure f = toEur.normalise(in);

        assertEquals("ok", f.status());
        // 109e9 / 0.88496895841236 (fx EMU 2025) * 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.NOMINAL, 109000000000.0, 109000000000.0);
        // 109e9 * 183.869602810181 (defl EMU 2025) / 183.869602810181 (defl EMU 2025) / 0.88496895841236
        //     (fx EMU 2025) * 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.CONSTANT, 109000000000.0, 109000000000.0);
        // 109e9 / 0.677618 (ppp FRA 2025)
        assertBounds(f, Measure.PPP, 160857592330.78223, 160857592330.78223);
        // constant / 68720337 (pop FRA 2025)
        assertBounds(f, Measure.PER_CAPITA, 1586.1389038298807, 1586.1389038298807);
        // 109e9 / 0.88496895841236 (fx EMU 2025) / 3366315927447.33 (gdp FRA 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 3.6588414342376443, 3.6588414342376443);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.7317682868475288, 0.7317682868475288);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 21800000000.0, 21800000000.0);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aSterlingFigureUsesTheUkRateAndDeflator() {
        // 14 bn GBP for the United Kingdom, priced 2025, over 5 years
        NormaliseInput in = money("uk-14bn", "GBR", "GBP", "14000000000", "14000000000", 2025, 5);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("ok", f.status());
        // 14e9 / 0.759473957338608 (fx GBR 2025)
        assertBounds(f, Measure.NOMINAL, 18433811804.50163, 18433811804.50163);
        // 14e9 * 189.260634004297 (defl GBR 2025) / 189.260634004297 (defl GBR 2025) / 0.759473957338608
        //     (fx GBR 2025)
        assertBounds(f, Measure.CONSTANT, 18433811804.50163, 18433811804.50163);
        // 14e9 / 0.677133 (ppp GBR 2025)
        assertBounds(f, Measure.PPP, 20675406456.33871, 20675406456.33871);
        // constant / 69487000 (pop GBR 2025)
        assertBounds(f, Measure.PER_CAPITA, 265.2843237512287, 265.2843237512287);
        // 14e9 / 0.759473957338608 (fx GBR 2025) / 4002587541846.01 (gdp GBR 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 0.4605473737121532, 0.4605473737121532);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.09210947474243064, 0.09210947474243064);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 3686762360.9003263, 3686762360.9003263);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aSterlingFigureInEurosCrossesThroughTheUsDollar() {
        NormaliseInput in = money("uk-14bn", "GBR", "GBP", "14000000000", "14000000000", 2025, 5);

        NormalisedFigure f = toEur.normalise(in);

        assertEquals("ok", f.status());
        // 14e9 / 0.759473957338608 (fx GBR 2025) * 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.NOMINAL, 16313351232.199274, 16313351232.199274);
        // 14e9 * 189.260634004297 (defl GBR 2025) / 189.260634004297 (defl GBR 2025) / 0.759473957338608
        //     (fx GBR 2025) * 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.CONSTANT, 16313351232.199274, 16313351232.199274);
        // 14e9 / 0.677133 (ppp GBR 2025)
        assertBounds(f, Measure.PPP, 20675406456.33871, 20675406456.33871);
        // constant / 69487000 (pop GBR 2025)
        assertBounds(f, Measure.PER_CAPITA, 234.76839167325218, 234.76839167325218);
        // 14e9 / 0.759473957338608 (fx GBR 2025) / 4002587541846.01 (gdp GBR 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 0.4605473737121532, 0.4605473737121532);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.09210947474243064, 0.09210947474243064);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 3262670246.439855, 3262670246.439855);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aRupeeFigureOf2024IsDeflatedToBaseYearPrices() {
        // 10,371.92 crore INR (IndiaAI Mission) = 103,719,200,000 INR, priced 2024, over 5 years
        NormaliseInput in = money("in-indiaai", "IND", "INR", "103719200000", "103719200000", 2024, 5);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("ok", f.status());
        // 103719200000 / 83.669281580941 (fx IND 2024)
        assertBounds(f, Measure.NOMINAL, 1239632969.7137756, 1239632969.7137756);
        // 103719200000 * 349.871283181204 (defl IND 2025) / 346.497894548203 (defl IND 2024) / 87.1584483507393
        //     (fx IND 2025)
        assertBounds(f, Measure.CONSTANT, 1201592934.807211, 1201592934.807211);
        // 103719200000 / 20.4522424138694 (ppp IND 2024)
        assertBounds(f, Measure.PPP, 5071287436.416472, 5071287436.416472);
        // constant / 1450935791 (pop IND 2024)
        assertBounds(f, Measure.PER_CAPITA, 0.8281503166856616, 0.8281503166856616);
        // 103719200000 / 83.669281580941 (fx IND 2024) / 3760813470500.86 (gdp IND 2024) * 100
        assertBounds(f, Measure.PCT_GDP, 0.03296183071660512, 0.03296183071660512);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.006592366143321025, 0.006592366143321025);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 240318586.9614422, 240318586.9614422);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void inEurosNominalUsesThePriceYearEuroRateAndConstantTheBaseYearOne() {
        NormaliseInput in = money("in-indiaai", "IND", "INR", "103719200000", "103719200000", 2024, 5);

        NormalisedFigure f = toEur.normalise(in);

        assertEquals("ok", f.status());
        // 103719200000 / 83.669281580941 (fx IND 2024) * 0.923889546117607 (fx EMU 2024)
        assertBounds(f, Measure.NOMINAL, 1145283941.7412815, 1145283941.7412815);
        // 103719200000 * 349.871283181204 (defl IND 2025) / 346.497894548203 (defl IND 2024) / 87.1584483507393
        //     (fx IND 2025) * 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.CONSTANT, 1063372447.9519883, 1063372447.9519883);
        // 103719200000 / 20.4522424138694 (ppp IND 2024)
        assertBounds(f, Measure.PPP, 5071287436.416472, 5071287436.416472);
        // constant / 1450935791 (pop IND 2024)
        assertBounds(f, Measure.PER_CAPITA, 0.7328873231661761, 0.7328873231661761);
        // 103719200000 / 83.669281580941 (fx IND 2024) / 3760813470500.86 (gdp IND 2024) * 100
        assertBounds(f, Measure.PCT_GDP, 0.03296183071660512, 0.03296183071660512);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.006592366143321025, 0.006592366143321025);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 212674489.59039766, 212674489.59039766);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aWonFigureUsesKoreasRateAndDeflator() {
        // 65 trillion KRW for Korea, priced 2024, over 4 years
        NormaliseInput in = money("kr-65tn", "KOR", "KRW", "65000000000000", "65000000000000", 2024, 4);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("ok", f.status());
        // 65e12 / 1363.375 (fx KOR 2024)
        assertBounds(f, Measure.NOMINAL, 47675804529.20143, 47675804529.20143);
        // 65e12 * 169.943273287337 (defl KOR 2025) / 164.791574113814 (defl KOR 2024) / 1422.44083333333
        //     (fx KOR 2025)
        assertBounds(f, Measure.CONSTANT, 47124648355.2328, 47124648355.2328);
        // 65e12 / 809.26722 (ppp KOR 2024)
        assertBounds(f, Measure.PPP, 80319576023.35605, 80319576023.35605);
        // constant / 51751065 (pop KOR 2024)
        assertBounds(f, Measure.PER_CAPITA, 910.6024843205219, 910.6024843205219);
        // 65e12 / 1363.375 (fx KOR 2024) / 1875388209406.8 (gdp KOR 2024) * 100
        assertBounds(f, Measure.PCT_GDP, 2.5421832285210786, 2.5421832285210786);
        // pct_gdp / 4 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.6355458071302696, 0.6355458071302696);
        // constant / 4 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 11781162088.8082, 11781162088.8082);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aYenFigureUsesJapansRateAndDeflator() {
        // 10 trillion JPY for Japan, priced 2024, to fiscal 2030 (7 years)
        NormaliseInput in = money("jp-10tn", "JPN", "JPY", "10000000000000", "10000000000000", 2024, 7);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("ok", f.status());
        // 10e12 / 151.366291302752 (fx JPN 2024)
        assertBounds(f, Measure.NOMINAL, 66064907278.45553, 66064907278.45553);
        // 10e12 * 103.348187369557 (defl JPN 2025) / 99.9283119541929 (defl JPN 2024) / 149.657926890952
        //     (fx JPN 2025)
        assertBounds(f, Measure.CONSTANT, 69105814148.66978, 69105814148.66978);
        // 10e12 / 94.462599 (ppp JPN 2024)
        assertBounds(f, Measure.PPP, 105862003648.661, 105862003648.661);
        // constant / 123975371 (pop JPN 2024)
        assertBounds(f, Measure.PER_CAPITA, 557.415667251117, 557.415667251117);
        // 10e12 / 151.366291302752 (fx JPN 2024) / 4190008188358.57 (gdp JPN 2024) * 100
        assertBounds(f, Measure.PCT_GDP, 1.5767250160037602, 1.5767250160037602);
        // pct_gdp / 7 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.22524643085768004, 0.22524643085768004);
        // constant / 7 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 9872259164.095684, 9872259164.095684);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aYuanFundWithoutAHorizonHasNoPerYearMeasures() {
        // 60.06 bn CNY fund for China, priced 2025, no horizon stated
        NormaliseInput in = money("cn-fund", "CHN", "CNY", "60060000000", "60060000000", 2025, null);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("no_horizon", f.status());
        // 60.06e9 / 7.18984737402171 (fx CHN 2025)
        assertBounds(f, Measure.NOMINAL, 8353445751.436705, 8353445751.436705);
        // 60.06e9 * 201.483118926517 (defl CHN 2025) / 201.483118926517 (defl CHN 2025) / 7.18984737402171
        //     (fx CHN 2025)
        assertBounds(f, Measure.CONSTANT, 8353445751.436705, 8353445751.436705);
        // 60.06e9 / 3.39768588417447 (ppp CHN 2025)
        assertBounds(f, Measure.PPP, 17676737063.81856, 17676737063.81856);
        // constant / 1406585000 (pop CHN 2025)
        assertBounds(f, Measure.PER_CAPITA, 5.93881333260109, 5.93881333260109);
        // 60.06e9 / 7.18984737402171 (fx CHN 2025) / 19498039388042.6 (gdp CHN 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 0.04284249090480119, 0.04284249090480119);
        assertEmpty(f, Measure.PCT_GDP_PER_YEAR);
        assertEmpty(f, Measure.ANNUAL_CONSTANT);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aDollarFigurePricedInTheBaseYearIsItsOwnConstantValue() {
        // Stargate: 500 bn USD for the United States, priced 2025, over 4 years
        NormaliseInput in = money("us-stargate", "USA", "USD", "500000000000", "500000000000", 2025, 4);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("ok", f.status());
        // 500e9 / 1 (fx USA 2025)
        assertBounds(f, Measure.NOMINAL, 500000000000.0, 500000000000.0);
        // 500e9 * 177.306831418479 (defl USA 2025) / 177.306831418479 (defl USA 2025) / 1 (fx USA 2025)
        assertBounds(f, Measure.CONSTANT, 500000000000.0, 500000000000.0);
        // 500e9 / 1 (ppp USA 2025)
        assertBounds(f, Measure.PPP, 500000000000.0, 500000000000.0);
        // constant / 341784857 (pop USA 2025)
        assertBounds(f, Measure.PER_CAPITA, 1462.9085805284815, 1462.9085805284815);
        // 500e9 / 1 (fx USA 2025) / 30769700000000 (gdp USA 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 1.6249752191279083, 1.6249752191279083);
        // pct_gdp / 4 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.4062438047819771, 0.4062438047819771);
        // constant / 4 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 125000000000.0, 125000000000.0);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aDollarFigureInEurosUsesTheEuroAreaRate() {
        NormaliseInput in = money("us-stargate", "USA", "USD", "500000000000", "500000000000", 2025, 4);

        NormalisedFigure f = toEur.normalise(in);

        assertEquals("ok", f.status());
        // 500e9 / 1 (fx USA 2025) * 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.NOMINAL, 442484479206.18, 442484479206.18);
        // 500e9 * 177.306831418479 (defl USA 2025) / 177.306831418479 (defl USA 2025) / 1 (fx USA 2025) *
        //     0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.CONSTANT, 442484479206.18, 442484479206.18);
        // 500e9 / 1 (ppp USA 2025)
        assertBounds(f, Measure.PPP, 500000000000.0, 500000000000.0);
        // constant / 341784857 (pop USA 2025)
        assertBounds(f, Measure.PER_CAPITA, 1294.6286827627944, 1294.6286827627944);
        // 500e9 / 1 (fx USA 2025) / 30769700000000 (gdp USA 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 1.6249752191279083, 1.6249752191279083);
        // pct_gdp / 4 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.4062438047819771, 0.4062438047819771);
        // constant / 4 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 110621119801.545, 110621119801.545);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aPerYearFigureCountsAsOneYearOfThePlan() {
        // 1.9 bn USD a year for the United States, priced 2024; no horizon needed
        NormaliseInput in = new NormaliseInput("us-per-year", "USA", "investment", true, false, "USD",
                new BigDecimal("1900000000"), new BigDecimal("1900000000"), 2024, null, true);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("ok", f.status());
        // 1.9e9 / 1 (fx USA 2024)
        assertBounds(f, Measure.NOMINAL, 1900000000.0, 1900000000.0);
        // 1.9e9 * 177.306831418479 (defl USA 2025) / 172.475389051307 (defl USA 2024) / 1 (fx USA 2025)
        assertBounds(f, Measure.CONSTANT, 1953223480.4520202, 1953223480.4520202);
        // 1.9e9 / 1 (ppp USA 2024)
        assertBounds(f, Measure.PPP, 1900000000.0, 1900000000.0);
        // constant / 340003797 (pop USA 2024)
        assertBounds(f, Measure.PER_CAPITA, 5.7447107876034105, 5.7447107876034105);
        // 1.9e9 / 1 (fx USA 2024) / 29298013000000 (gdp USA 2024) * 100
        assertBounds(f, Measure.PCT_GDP, 0.0064850814285596775, 0.0064850814285596775);
        // pct_gdp / 1 (per year)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.0064850814285596775, 0.0064850814285596775);
        // constant / 1 (per year)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 1953223480.4520202, 1953223480.4520202);
        assertEmpty(f, Measure.PER_MILLION);
    }

    // ---------------------------------------------------------------- ranges and open bounds

    @Test
    void aRangeNormalisesLowAndHighAlike() {
        // 30-50 bn EUR for France, priced 2025, over 5 years; A = 30e9 (low) and 50e9 (high)
        NormaliseInput in = money("fr-range", "FRA", "EUR", "30000000000", "50000000000", 2025, 5);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("ok", f.status());
        // A / 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.NOMINAL, 33899494117.64701, 56499156862.74502);
        // A * 183.869602810181 (defl EMU 2025) / 183.869602810181 (defl EMU 2025) / 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.CONSTANT, 33899494117.64701, 56499156862.74502);
        // A / 0.677618 (ppp FRA 2025)
        assertBounds(f, Measure.PPP, 44272731834.16025, 73787886390.26709);
        // constant / 68720337 (pop FRA 2025)
        assertBounds(f, Measure.PER_CAPITA, 493.29638935919377, 822.1606489319896);
        // A / 0.88496895841236 (fx EMU 2025) / 3366315927447.33 (gdp FRA 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 1.0070205782305441, 1.6783676303842403);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.20140411564610886, 0.3356735260768481);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 6779898823.529402, 11299831372.549004);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void anAtLeastFigureKeepsOnlyItsLow() {
        // more than 1 bn SGD for Singapore, priced 2024, over 5 years
        NormaliseInput in = money("sg-at-least", "SGP", "SGD", "1000000000", null, 2024, 5);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("open_high", f.status());
        // 1e9 / 1.33623333333333 (fx SGP 2024)
        assertBounds(f, Measure.NOMINAL, 748372290.2686675, null);
        // 1e9 * 155.080883440432 (defl SGP 2025) / 157.917472284811 (defl SGP 2024) / 1.30745 (fx SGP 2025)
        assertBounds(f, Measure.CONSTANT, 751109047.1959257, null);
        // 1e9 / 0.827911626910006 (ppp SGP 2024)
        assertBounds(f, Measure.PPP, 1207858384.2725766, null);
        // constant / 6036860 (pop SGP 2024)
        assertBounds(f, Measure.PER_CAPITA, 124.42048468838532, null);
        // 1e9 / 1.33623333333333 (fx SGP 2024) / 572877260178.427 (gdp SGP 2024) * 100
        assertBounds(f, Measure.PCT_GDP, 0.13063396687024742, null);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.026126793374049488, null);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 150221809.43918514, null);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void anAtMostFigureKeepsOnlyItsHighAndAForeignCurrencyHasNoPpp() {
        // up to 100 bn USD for Saudi Arabia (whose own currency is SAR), priced 2024, no horizon stated
        NormaliseInput in = money("sa-at-most", "SAU", "USD", null, "100000000000", 2024, null);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("open_low;ppp_not_own_currency;no_horizon", f.status());
        // 100e9 / 1 (fx USA 2024)
        assertBounds(f, Measure.NOMINAL, null, 100000000000.0);
        // 100e9 * 177.306831418479 (defl USA 2025) / 172.475389051307 (defl USA 2024) / 1 (fx USA 2025)
        assertBounds(f, Measure.CONSTANT, null, 102801235813.26422);
        assertEmpty(f, Measure.PPP);
        // constant / 35300280 (pop SAU 2024)
        assertBounds(f, Measure.PER_CAPITA, null, 2912.1932124409273);
        // 100e9 / 1 (fx USA 2024) / 1254140800000 (gdp SAU 2024) * 100
        assertBounds(f, Measure.PCT_GDP, null, 7.973586378818072);
        assertEmpty(f, Measure.PCT_GDP_PER_YEAR);
        assertEmpty(f, Measure.ANNUAL_CONSTANT);
        assertEmpty(f, Measure.PER_MILLION);
    }

    // ---------------------------------------------------------------- the EU as a bloc

    @Test
    void theEuAsABlocUsesItsOwnPopulationAndGdpButHasNoPpp() {
        // 200 bn EUR for the European Union (EUU), priced 2025, over 5 years
        NormaliseInput in = money("eu-investai", "EUU", "EUR", "200000000000", "200000000000", 2025, 5);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("no_ppp_EUU_2025", f.status());
        // 200e9 / 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.NOMINAL, 225996627450.98007, 225996627450.98007);
        // 200e9 * 183.869602810181 (defl EMU 2025) / 183.869602810181 (defl EMU 2025) / 0.88496895841236
        //     (fx EMU 2025)
        assertBounds(f, Measure.CONSTANT, 225996627450.98007, 225996627450.98007);
        assertEmpty(f, Measure.PPP);
        // constant / 451127411 (pop EUU 2025)
        assertBounds(f, Measure.PER_CAPITA, 500.9596445270759, 500.9596445270759);
        // 200e9 / 0.88496895841236 (fx EMU 2025) / 21243212570163.3 (gdp EUU 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 1.0638533447073764, 1.0638533447073764);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.21277066894147525, 0.21277066894147525);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 45199325490.196014, 45199325490.196014);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void theEuAsABlocInEuros() {
        NormaliseInput in = money("eu-investai", "EUU", "EUR", "200000000000", "200000000000", 2025, 5);

        NormalisedFigure f = toEur.normalise(in);

        assertEquals("no_ppp_EUU_2025", f.status());
        // 200e9 / 0.88496895841236 (fx EMU 2025) * 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.NOMINAL, 200000000000.0, 200000000000.0);
        // 200e9 * 183.869602810181 (defl EMU 2025) / 183.869602810181 (defl EMU 2025) / 0.88496895841236
        //     (fx EMU 2025) * 0.88496895841236 (fx EMU 2025)
        assertBounds(f, Measure.CONSTANT, 200000000000.0, 200000000000.0);
        assertEmpty(f, Measure.PPP);
        // constant / 451127411 (pop EUU 2025)
        assertBounds(f, Measure.PER_CAPITA, 443.3337348237525, 443.3337348237525);
        // 200e9 / 0.88496895841236 (fx EMU 2025) / 21243212570163.3 (gdp EUU 2025) * 100
        assertBounds(f, Measure.PCT_GDP, 1.0638533447073764, 1.0638533447073764);
        // pct_gdp / 5 (horizon)
        assertBounds(f, Measure.PCT_GDP_PER_YEAR, 0.21277066894147525, 0.21277066894147525);
        // constant / 5 (horizon)
        assertBounds(f, Measure.ANNUAL_CONSTANT, 40000000000.0, 40000000000.0);
        assertEmpty(f, Measure.PER_MILLION);
    }

    // ---------------------------------------------------------------- missing reference values

    @Test
    void aPriceYearWithoutAnExchangeRateLeavesEveryMeasureEmptyWithItsReasons() {
        // 10 bn EUR for France, priced 2026: no reference file has a 2026 row
        NormaliseInput in = money("fr-2026", "FRA", "EUR", "10000000000", "10000000000", 2026, 2);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("no_fx_EUR_2026;no_deflator_EMU_2026;no_ppp_FRA_2026;no_population_FRA_2026;"
                + "no_gdp_FRA_2026", f.status());
        assertEmpty(f, Measure.NOMINAL);
        assertEmpty(f, Measure.CONSTANT);
        assertEmpty(f, Measure.PPP);
        assertEmpty(f, Measure.PER_CAPITA);
        assertEmpty(f, Measure.PCT_GDP);
        assertEmpty(f, Measure.PCT_GDP_PER_YEAR);
        assertEmpty(f, Measure.ANNUAL_CONSTANT);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aDollarFigureOf2026InEurosNamesBothMissingRates() {
        NormaliseInput in = money("us-2026", "USA", "USD", "10000000000", "10000000000", 2026, 2);

        NormalisedFigure f = toEur.normalise(in);

        assertEquals("no_fx_USD_2026;no_fx_EUR_2026;no_deflator_USA_2026;no_ppp_USA_2026;no_population_USA_2026;"
                + "no_gdp_USA_2026", f.status());
        assertEmpty(f, Measure.NOMINAL);
        assertEmpty(f, Measure.CONSTANT);
        assertEmpty(f, Measure.PPP);
        assertEmpty(f, Measure.PER_CAPITA);
        assertEmpty(f, Measure.PCT_GDP);
        assertEmpty(f, Measure.PCT_GDP_PER_YEAR);
        assertEmpty(f, Measure.ANNUAL_CONSTANT);
        assertEmpty(f, Measure.PER_MILLION);
    }

    // ---------------------------------------------------------------- counts

    @Test
    void aPerCapitaCountIsGivenPerMillionInhabitants() {
        // 10,000 GPUs for India, 2024
        NormaliseInput in = count("in-gpus", "IND", "gpus", true, "10000", 2024);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("count_metric", f.status());
        assertEmpty(f, Measure.NOMINAL);
        assertEmpty(f, Measure.CONSTANT);
        assertEmpty(f, Measure.PPP);
        assertEmpty(f, Measure.PER_CAPITA);
        assertEmpty(f, Measure.PCT_GDP);
        assertEmpty(f, Measure.PCT_GDP_PER_YEAR);
        assertEmpty(f, Measure.ANNUAL_CONSTANT);
        // 10000 / 1450935791 (pop IND 2024) * 1e6
        assertBounds(f, Measure.PER_MILLION, 6.8921037457542464, 6.8921037457542464);
    }

    @Test
    void aCountOfAYearWithoutPopulationIsEmpty() {
        NormaliseInput in = count("in-gpus-2026", "IND", "gpus", true, "10000", 2026);

        NormalisedFigure f = toUsd.normalise(in);

        assertEquals("count_metric;no_population_IND_2026", f.status());
        assertEmpty(f, Measure.NOMINAL);
        assertEmpty(f, Measure.CONSTANT);
        assertEmpty(f, Measure.PPP);
        assertEmpty(f, Measure.PER_CAPITA);
        assertEmpty(f, Measure.PCT_GDP);
        assertEmpty(f, Measure.PCT_GDP_PER_YEAR);
        assertEmpty(f, Measure.ANNUAL_CONSTANT);
        assertEmpty(f, Measure.PER_MILLION);
    }

    @Test
    void aCountThatIsNotPerCapitaHasNoMeasures() {
        // 65 participants at a summit in France, 2025; a count ignores the target currency
        NormaliseInput in = count("fr-participants", "FRA", "participants", false, "65", 2025);

        NormalisedFigure f = toEur.normalise(in);

        assertEquals("count_metric;not_per_capita_metric", f.status());
        assertEmpty(f, Measure.NOMINAL);
        assertEmpty(f, Measure.CONSTANT);
        assertEmpty(f, Measure.PPP);
        assertEmpty(f, Measure.PER_CAPITA);
        assertEmpty(f, Measure.PCT_GDP);
        assertEmpty(f, Measure.PCT_GDP_PER_YEAR);
        assertEmpty(f, Measure.ANNUAL_CONSTANT);
        assertEmpty(f, Measure.PER_MILLION);
    }

    // ---------------------------------------------------------------- helpers

    private static NormaliseInput money(String id, String jurisdiction, String currency, String low, String high,
                                        int priceYear, Integer horizonYears) {
        return new NormaliseInput(id, jurisdiction, "investment", true, false, currency, decimal(low), decimal(high),
                priceYear, horizonYears, false);
    }

    private static NormaliseInput count(String id, String jurisdiction, String metric, boolean perCapita, String n,
                                        int year) {
        return new NormaliseInput(id, jurisdiction, metric, false, perCapita, "count", decimal(n), decimal(n), year,
                null, false);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    /** Asserts both bounds of a measure; a null expected bound must be empty. */
    private static void assertBounds(NormalisedFigure f, Measure measure, Double low, Double high) {
        Bounds actual = f.get(measure);
        assertBound(low, actual.low(), measure + " low");
        assertBound(high, actual.high(), measure + " high");
    }

    private static void assertBound(Double expected, Double actual, String what) {
        if (expected == null) {
            assertNull(actual, what + " should be empty");
            return;
        }
        assertNotNull(actual, what + " is empty, expected " + expected);
        assertRelative(expected, actual, what);
    }

    private static void assertEmpty(NormalisedFigure f, Measure measure) {
        assertEquals(Bounds.EMPTY, f.get(measure), measure + " should be empty");
    }

    static void assertRelative(double expected, double actual) {
        assertRelative(expected, actual, "value");
    }

    static void assertRelative(double expected, double actual, String what) {
        assertEquals(expected, actual, Math.abs(expected) * RELATIVE_TOLERANCE,
                what + " differs from the golden value by more than 1e-9 relative");
    }
}
