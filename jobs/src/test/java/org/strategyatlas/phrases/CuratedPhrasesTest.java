package org.strategyatlas.phrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategyatlas.publish.CsvTableWriter;

/**
 * Every {@code as_stated} phrase of the curated data/figures.csv parses to the row's own low, high, unit and
 * qualifier, except the rows listed in {@link #CONTEXT}, whose numbers come from outside the phrase.
 */
class CuratedPhrasesTest {

    /** Rows whose unit or qualifier the curators took from the source's context, with what the phrase says. */
    static final Map<String, String> CONTEXT = Map.ofEntries(
            Map.entry("aus-ai-action-plan-124-1m", "bare $ reads USD; AUD comes from the Australian source"),
            Map.entry("aus-budget-2023-101-2m", "bare $ reads USD; AUD comes from the Australian source"),
            Map.entry("aus-budget-2024-39-9m", "bare $ reads USD; AUD comes from the Australian source"),
            Map.entry("can-ai-compute-access-fund-300m", "bare $ reads USD; CAD comes from the Canadian source"),
            Map.entry("can-ai-compute-challenge-700m", "bare $ reads USD; CAD comes from the Canadian source"),
            Map.entry("can-budget-2024-2-4bn-betakit", "bare $ reads USD; CAD comes from the Canadian source"),
            Map.entry("can-budget-2024-2-4bn-citynews", "bare $ reads USD; CAD comes from the Canadian source"),
            Map.entry("can-public-compute-up-to-1bn", "bare $ reads USD; CAD comes from the Canadian source"),
            Map.entry("can-sovereign-compute-2bn", "bare $ reads USD; CAD comes from the Canadian source"),
            Map.entry("fra-mgx-campus-50bn-lemonde", "'50 billion' names no currency: a count; EUR is in the"
                    + " sentence around it"),
            Map.entry("bra-pbia-23bn-nerdin", "the phrase is exact; the data marks it approx as rounded"),
            Map.entry("chn-ai-fund-8-2bn-usd", "the phrase is exact; approx because the source converted it"),
            Map.entry("chn-vc-guidance-fund-1-trillion", "the phrase is exact; the data marks it approx"),
            Map.entry("ind-indiaai-10372-crore-mint", "the phrase is exact; approx as a rounded Rs 10,371.92 crore"),
            Map.entry("jpn-65bn-usd", "the phrase is exact; approx because the source converted it"),
            Map.entry("kor-49bn-usd", "the phrase is exact; approx because the source converted it"),
            Map.entry("pol-ai-1bn", "the phrase is exact; the data marks it approx for a weak source"));

    static Stream<Arguments> figures() throws IOException {
        Path file = Path.of(System.getProperty("atlas.root", "."), "data", "figures.csv");
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            List<CSVRecord> records = parser.getRecords();
            return records.stream().map(r -> Arguments.of(r.get("id"), r.get("as_stated"), r.get("language"),
                    line(r.get("low"), r.get("high"), r.get("unit"), r.get("qualifier"))));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("figures")
    void theAsStatedPhraseParsesToTheRowsNumbers(String id, String asStated, String language, String expected)
            throws PhraseException {
        ParsedPhrase parsed = PhraseParser.parse(asStated, language);
        String actual = line(text(parsed.low()), text(parsed.high()), parsed.unit(), parsed.qualifier().code());
        if (CONTEXT.containsKey(id)) {
            assertNotEquals(expected, actual, () -> id + " now agrees with the data; remove it from CONTEXT");
        } else {
            assertEquals(expected, actual, () -> id + ": '" + asStated + "' (" + language + ")");
        }
    }

    @Test
    void everyContextRowIsInTheData() throws IOException {
        List<Object> ids = figures().map(a -> a.get()[0]).toList();
        for (String id : CONTEXT.keySet()) {
            assertTrue(ids.contains(id), () -> id + " is no longer in data/figures.csv; remove it from CONTEXT");
        }
    }

    private static String line(String low, String high, String unit, String qualifier) {
        return normal(low) + " | " + normal(high) + " | " + unit + " | " + qualifier;
    }

    private static String normal(String decimal) {
        return decimal.isBlank() ? "" : CsvTableWriter.plain(new BigDecimal(decimal));
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : CsvTableWriter.plain(value);
    }
}
