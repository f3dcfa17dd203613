package org.strategyatlas.reference;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/**
 * Reads a World Bank WDI bulk download in wide form ({@code API_<CODE>_DS2_*.csv}): a short preamble
 * with the last-updated date, then one row per economy and one column per year.
 */
final class WideWdiReader {

    static final List<String> ID_COLUMNS = List.of("Country Name", "Country Code", "Indicator Name", "Indicator Code");

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
    // The preamble is four lines in every known download; a little slack, then we give up looking.
    private static final long PREAMBLE_LINES = 10;
    private static final String NOTES = "WDI wide download (API_*.csv); the file states no licence, "
            + "CC BY 4.0 is the World Bank's licence for WDI data";

    private WideWdiReader() {
    }

    /** One series per indicator code in the file (a normal download holds exactly one). */
    static List<Series> read(SourceFile source) throws InputException {
        Utf8Text text = Utf8Text.read(source);
        String file = source.display();
        Problems problems = new Problems(file);
        String lastUpdated = "";
        Map<String, List<Observation>> byIndicator = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text.text())).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            WideHeader header = null;
            while (header == null && records.hasNext()) {
                CSVRecord record = records.next();
                long line = text.lineOf(record.getCharacterPosition());
                if (record.get(0).equals(ID_COLUMNS.get(0))) {
                    header = WideHeader.of(file, line, record.toList());
                } else if (record.get(0).equals("Last Updated Date") && record.size() > 1) {
                    lastUpdated = record.get(1);
                } else if (line >= PREAMBLE_LINES) {
                    break;
                }
            }
            if (header == null) {
                throw new InputException(InputProblem.ofFile(file,
                        "no header row starting \"Country Name\" in the first " + PREAMBLE_LINES + " lines",
                        "a World Bank API_*.csv download with the columns " + ID_COLUMNS + " and one per year"));
            }
            Set<String> seen = new HashSet<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line, e.g. at the end of the file
                }
                long line = text.lineOf(record.getCharacterPosition());
                readRow(file, line, header, record.toList(), seen, byIndicator, titles, problems);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            problems.add(CsvProblems.malformed(file, e));
        }
        problems.throwIfAny();
        Provenance provenance = new Provenance(source.name(), source.sha256(), Provenance.WORLD_BANK,
                lastUpdated, Provenance.CC_BY_4, NOTES);
        List<Series> series = new ArrayList<>();
        byIndicator.forEach((code, observations) ->
                series.add(new Series(code, titles.get(code), provenance, observations)));
        return series;
    }

    private static void readRow(String file, long line, WideHeader header, List<String> fields, Set<String> seen,
                                Map<String, List<Observation>> byIndicator, Map<String, String> titles,
                                Problems problems) {
        if (fields.size() != header.size()) {
            problems.add(new InputProblem(file, line, 0, null, null,
                    "row has " + fields.size() + " fields but the header has " + header.size(),
                    "one field per header column, as in the World Bank download"));
            return;
        }
        String economy = fields.get(1);
        String indicator = fields.get(3);
        boolean ok = true;
        if (!Economy.isValidCode(economy)) {
            problems.add(new InputProblem(file, line, 2, ID_COLUMNS.get(1), economy,
                    "not an economy code", "three upper-case letters or digits, e.g. FRA or EUU"));
            ok = false;
        }
        if (!Indicators.isValidCode(indicator)) {
            problems.add(new InputProblem(file, line, 4, ID_COLUMNS.get(3), indicator,
                    "not an indicator code", "a WDI code such as PA.NUS.FCRF"));
            ok = false;
        }
        if (ok && !seen.add(indicator + " " + economy)) {
            problems.add(new InputProblem(file, line, 2, ID_COLUMNS.get(1), economy,
                    "second row for this economy and indicator " + indicator, "one row per economy"));
            ok = false;
        }
        titles.putIfAbsent(indicator, fields.get(2));
        List<Observation> observations = byIndicator.computeIfAbsent(indicator, k -> new ArrayList<>());
        for (int i = ID_COLUMNS.size(); i < fields.size(); i++) {
            String raw = fields.get(i);
            if (raw.isEmpty()) {
                continue; // "" is how the download marks a missing year
            }
            if (header.year(i) == null) {
                problems.add(new InputProblem(file, line, i + 1, null, raw, "value in a column without a header",
                        "an empty trailing column, as in the World Bank download"));
                continue;
            }
            Optional<BigDecimal> value = Decimals.parse(raw);
            if (value.isEmpty()) {
                problems.add(new InputProblem(file, line, i + 1, header.name(i), raw, "not a number",
                        Decimals.EXPECTED + "; a missing year is an empty field \"\""));
            } else if (ok) {
                observations.add(new Observation(economy, header.year(i), value.get()));
            }
        }
    }
}
