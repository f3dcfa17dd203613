package org.strategyatlas.reference;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.strategyatlas.ingest.CsvFile;
import org.strategyatlas.ingest.CsvRow;
import org.strategyatlas.ingest.InputException;

/**
 * Reads one WDI indicator in tidy long form ({@code data.csv}: Country Name, Country Code, Year, Value)
 * with the {@code datapackage.json} beside it, as published by datasets/world-development-indicators.
 */
final class LongWdiReader {

    static final String DATA_FILE = "data.csv";
    static final List<String> COLUMNS = List.of("Country Name", "Country Code", "Year", "Value");

    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");
    private static final String NOTES = "WDI long format (data.csv with datapackage.json: indicator, title and "
            + "licence from the package); missing years are absent rows; the files state no release date";

    private LongWdiReader() {
    }

    static Series read(SourceFile data) throws InputException {
        String packageName = data.name().contains("/")
                ? data.name().substring(0, data.name().lastIndexOf('/') + 1) + DataPackage.FILE_NAME
                : DataPackage.FILE_NAME;
        DataPackage meta = DataPackage.read(
                new SourceFile(data.path().resolveSibling(DataPackage.FILE_NAME), packageName));
        CsvFile csv = CsvFile.read(data.path(), data.display(), COLUMNS);
        Problems problems = new Problems(data.display());
        Set<String> seen = new HashSet<>();
        List<Observation> observations = new ArrayList<>();
        for (CsvRow row : csv.rows()) {
            String economy = row.get("Country Code");
            String year = row.get("Year");
            String raw = row.get("Value");
            boolean ok = true;
            if (!Economy.isValidCode(economy)) {
                problems.add(row.problem("Country Code", "not an economy code",
                        "three upper-case letters or digits, e.g. FRA or EUU"));
                ok = false;
            }
            if (!YEAR.matcher(year).matches()) {
                problems.add(row.problem("Year", "not a year", "a four-digit year such as 2024"));
                ok = false;
            }
            if (raw.isEmpty()) {
                continue; // the format leaves missing years out; an empty value says the same
            }
            Optional<BigDecimal> value = Decimals.parse(raw);
            if (value.isEmpty()) {
                problems.add(row.problem("Value", "not a number", Decimals.EXPECTED));
            } else if (ok && !seen.add(economy + " " + year)) {
                problems.add(row.problem("Year", "second value for " + economy + " in this year",
                        "one row per economy and year"));
            } else if (ok) {
                observations.add(new Observation(economy, Integer.parseInt(year), value.get()));
            }
        }
        problems.throwIfAny();
        Provenance provenance = new Provenance(data.name(), data.sha256(), Provenance.WORLD_BANK, "",
                meta.licence(), NOTES);
        return new Series(meta.indicator(), meta.title(), provenance, observations);
    }
}
