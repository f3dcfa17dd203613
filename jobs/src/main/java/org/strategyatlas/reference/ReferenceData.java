package org.strategyatlas.reference;

import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.strategyatlas.ingest.CsvFile;
import org.strategyatlas.ingest.CsvRow;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/**
 * The reference tables (population, GDP, exchange rates, PPP, deflators, economies, ECB annual euro rates)
 * as written by {@code atlas reference import}, loaded whole for lookups. Immutable and serializable, so
 * Spark can broadcast it.
 */
public final class ReferenceData implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String EUR = "EUR";

    private final Map<String, Economy> economies;
    private final Map<Key, BigDecimal> values;
    private final Map<Key, AnnualRate> eurRates;
    private final List<VintageRow> vintage;

    private ReferenceData(Map<String, Economy> economies, Map<Key, BigDecimal> values,
                          Map<Key, AnnualRate> eurRates, List<VintageRow> vintage) {
        this.economies = Collections.unmodifiableMap(new TreeMap<>(economies));
        this.values = Map.copyOf(values);
        this.eurRates = Map.copyOf(eurRates);
        this.vintage = List.copyOf(vintage);
    }

    /**
     * Loads the folder {@code dir}: {@code vintage.csv} names the files to read and how many rows each has.
     *
     * @throws InputException when a file is missing, malformed, or disagrees with the vintage
     */
    public static ReferenceData load(Path dir) throws InputException {
        if (!Files.isDirectory(dir)) {
            throw new InputException(InputProblem.ofFile(dir.toString(), "no such folder",
                    "the folder written by atlas reference import (data/reference)"));
        }
        CsvFile vintageCsv = ReferenceTables.open(dir, ReferenceFiles.VINTAGE, ReferenceFiles.VINTAGE_COLUMNS);
        Problems problems = new Problems(vintageCsv.displayName());
        List<VintageRow> vintage = new ArrayList<>();
        vintageCsv.rows().forEach(row -> ReferenceTables.vintage(row, problems).ifPresent(vintage::add));
        Map<String, Economy> economies = new HashMap<>();
        Map<Key, BigDecimal> values = new HashMap<>();
        Map<Key, AnnualRate> rates = new HashMap<>();
        for (VintageRow file : vintage) {
            try {
                if (file.file().equals(ReferenceFiles.ECONOMIES)) {
                    read(dir, file, ReferenceFiles.ECONOMY_COLUMNS, problems, (row, p) -> ReferenceTables
                            .economy(row, p).map(e -> economies.putIfAbsent(e.code(), e) == null));
                } else if (file.file().equals(ReferenceFiles.ECB_ANNUAL)) {
                    read(dir, file, ReferenceFiles.ECB_COLUMNS, problems, (row, p) -> ReferenceTables.rate(row, p)
                            .map(r -> rates.putIfAbsent(new Key(r.currency(), "", r.year()), r) == null));
                } else {
                    read(dir, file, ReferenceFiles.INDICATOR_COLUMNS, problems, (row, p) -> indicatorRow(file, row,
                            p, values));
                }
            } catch (InputException e) {
                problems.addAll(e);
            }
        }
        problems.throwIfAny();
        return new ReferenceData(economies, values, rates, vintage);
    }

    /** Every economy of the metadata file by code, countries and aggregates alike, in code order. */
    public Map<String, Economy> economies() {
        return economies;
    }

    /** The value of {@code indicator} (e.g. {@link Indicators#POPULATION}) for an economy and year. */
    public Optional<BigDecimal> value(String indicator, String economy, int year) {
        return Optional.ofNullable(values.get(new Key(indicator, economy, year)));
    }

    /** Units of {@code currency} per 1 EUR, the ECB annual average; 1 for EUR itself. */
    public Optional<BigDecimal> eurRate(String currency, int year) {
        if (EUR.equals(currency)) {
            return Optional.of(BigDecimal.ONE);
        }
        return eurAnnualRate(currency, year).map(AnnualRate::value);
    }

    /** The ECB annual average with its number of daily observations and whether the year is complete. */
    public Optional<AnnualRate> eurAnnualRate(String currency, int year) {
        return Optional.ofNullable(eurRates.get(new Key(currency, "", year)));
    }

    /** The indicator codes loaded, in order. */
    public Set<String> indicators() {
        Set<String> codes = new TreeSet<>();
        vintage.stream().map(VintageRow::indicator).filter(c -> !c.isEmpty()).forEach(codes::add);
        return codes;
    }

    /** Where every file came from: one row per file of the folder, as in {@code vintage.csv}. */
    public List<VintageRow> vintage() {
        return vintage;
    }

    private static void read(Path dir, VintageRow file, List<String> columns, Problems problems, RowReader reader)
            throws InputException {
        CsvFile csv = ReferenceTables.open(dir, file.file(), columns);
        int before = problems.count();
        for (CsvRow row : csv.rows()) {
            int rowBefore = problems.count();
            Optional<Boolean> fresh = reader.read(row, problems);
            if (problems.count() == rowBefore && fresh.isPresent() && !fresh.get()) {
                problems.add(row.rowProblem("second row for the same key", "one row per key; re-run the import"));
            }
        }
        if (problems.count() == before && csv.rows().size() != file.rows()) {
            problems.add(InputProblem.ofFile(csv.displayName(), "has " + csv.rows().size() + " rows but "
                    + ReferenceFiles.VINTAGE + " says " + file.rows(), "re-run atlas reference import"));
        }
    }

    private static Optional<Boolean> indicatorRow(VintageRow file, CsvRow row, Problems problems,
                                                  Map<Key, BigDecimal> values) {
        int before = problems.count();
        if (!row.get("indicator").equals(file.indicator())) {
            problems.add(row.problem("indicator", "indicator differs from " + ReferenceFiles.VINTAGE,
                    "'" + file.indicator() + "'; re-run atlas reference import"));
        }
        String economy = row.get("economy");
        if (!Economy.isValidCode(economy)) {
            problems.add(row.problem("economy", "not an economy code", "three upper-case letters or digits"));
        }
        int year = ReferenceTables.year(row, "year", problems);
        BigDecimal value = ReferenceTables.decimal(row, "value", problems);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(values.putIfAbsent(new Key(file.indicator(), economy, year), value) == null);
    }

    @FunctionalInterface
    private interface RowReader {
        /** Empty when the row had problems; false when its key was already loaded. */
        Optional<Boolean> read(CsvRow row, Problems problems);
    }

    private record Key(String series, String economy, int year) implements Serializable {
    }
}
