package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.strategyatlas.ingest.CsvFile;
import org.strategyatlas.ingest.CsvRow;
import org.strategyatlas.ingest.DataFile;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.normalise.Currencies;
import org.strategyatlas.reference.Economy;
import org.strategyatlas.reference.Indicators;
import org.strategyatlas.reference.ReferenceData;

/**
 * What a generated dataset draws from: the jurisdictions and currencies the reference data covers, the metrics
 * of metrics.csv and the attribute words of taxonomy.csv. A currency is supported when its issuing economy has an
 * exchange rate and a GDP deflator for every year from {@value #FIRST_YEAR} to {@value #COMPLETE_TO}, so every
 * generated money figure can be normalised (2025, still incomplete in the reference data, may lack a rate).
 */
final class Catalogue {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2025;
    static final int COMPLETE_TO = 2024;
    static final String BLOC = "EUU";
    private static final String EUROPE = "Europe & Central Asia";

    private final ReferenceData reference;
    private final List<Jurisdiction> jurisdictions;
    private final List<String> currencies;
    private final List<String> moneyMetrics;
    private final List<String> countMetrics;
    /** attribute code -> language tag -> evidence phrases (label and synonyms), in code and tag order. */
    private final Map<String, Map<String, List<String>>> evidence;

    private Catalogue(ReferenceData reference, List<Jurisdiction> jurisdictions, List<String> currencies,
                      List<String> moneyMetrics, List<String> countMetrics,
                      Map<String, Map<String, List<String>>> evidence) {
        this.reference = reference;
        this.jurisdictions = List.copyOf(jurisdictions);
        this.currencies = List.copyOf(currencies);
        this.moneyMetrics = List.copyOf(moneyMetrics);
        this.countMetrics = List.copyOf(countMetrics);
        this.evidence = evidence;
    }

    /** Reads the reference folder and {@code metrics.csv} and {@code taxonomy.csv} of {@code catalogueDir}. */
    static Catalogue load(ReferenceData reference, Path catalogueDir) throws InputException {
        TreeSet<String> used = new TreeSet<>();
        List<Jurisdiction> jurisdictions = new ArrayList<>();
        for (Economy economy : reference.economies().values()) {
            if (economy.aggregate() && !economy.code().equals(BLOC)) {
                continue;
            }
            String own = Currencies.own(economy.code()).filter(c -> supported(reference, c)).orElse(null);
            String currency = own != null ? own : EUROPE.equals(economy.region()) ? "EUR" : "USD";
            used.add(currency);
            jurisdictions.add(new Jurisdiction(economy.code(), economy.name(), currency,
                    HomeLanguages.of(economy.code()), gdpLog10(reference, economy.code())));
        }
        List<String> money = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        for (CsvRow row : read(catalogueDir, DataFile.METRICS).rows()) {
            String metric = row.get("metric");
            if (row.get("type").equals("money")) {
                money.add(metric);
            } else if (CountNouns.knows(metric)) {
                counts.add(metric);
            }
        }
        if (money.isEmpty() || counts.isEmpty()) {
            throw new IllegalArgumentException(catalogueDir.resolve("metrics.csv") + " has no money metric or no"
                    + " count metric with phrase words (" + new TreeSet<>(CountNouns.metrics()) + ")");
        }
        Map<String, Map<String, List<String>>> evidence = new TreeMap<>();
        for (CsvRow row : read(catalogueDir, DataFile.TAXONOMY).rows()) {
            List<String> phrases = new ArrayList<>(List.of(row.get("label").strip()));
            for (String synonym : row.get("synonyms").split(";")) {
                if (!synonym.isBlank()) {
                    phrases.add(synonym.strip());
                }
            }
            evidence.computeIfAbsent(row.get("attribute"), a -> new TreeMap<>()).put(row.get("language"), phrases);
        }
        return new Catalogue(reference, jurisdictions, new ArrayList<>(used), money, counts, evidence);
    }

    /** log10 of the latest GDP in current US$ up to {@value #COMPLETE_TO}; 10 (US$10 billion) when there is none. */
    private static double gdpLog10(ReferenceData reference, String economy) {
        for (int year = COMPLETE_TO; year >= FIRST_YEAR; year--) {
            Optional<BigDecimal> gdp = reference.value(Indicators.GDP_CURRENT_USD, economy, year);
            if (gdp.isPresent() && gdp.get().signum() > 0) {
                return Math.log10(gdp.get().doubleValue());
            }
        }
        return 10;
    }

    private static CsvFile read(Path dir, DataFile file) throws InputException {
        Path path = dir.resolve(Path.of(file.relativePath()).getFileName().toString());
        return CsvFile.read(path, path.toString(), file.columns());
    }

    private static boolean supported(ReferenceData reference, String currency) {
        Optional<String> issuer = Currencies.issuer(currency);
        if (issuer.isEmpty() || !isIso(currency)) {
            return false;
        }
        for (int year = FIRST_YEAR; year <= COMPLETE_TO; year++) {
            if (reference.value(Indicators.FX_LCU_PER_USD, issuer.get(), year).isEmpty()
                    || reference.value(Indicators.DEFLATOR_INDEX, issuer.get(), year).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isIso(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Countries and territories of the reference data, and the EU, in code order. */
    List<Jurisdiction> jurisdictions() {
        return jurisdictions;
    }

    /** Every currency figures are stated in: the jurisdictions' own currencies, USD and EUR, in code order. */
    List<String> currencies() {
        return currencies;
    }

    List<String> moneyMetrics() {
        return moneyMetrics;
    }

    /** The count metrics of metrics.csv that the phrase writer has words for, in file order. */
    List<String> countMetrics() {
        return countMetrics;
    }

    /** Attribute codes in order. */
    List<String> attributes() {
        return List.copyOf(evidence.keySet());
    }

    /** Evidence phrases for {@code attribute} by language tag (every attribute has en). */
    Map<String, List<String>> evidence(String attribute) {
        return evidence.get(attribute);
    }

    /** Units of {@code currency} per US dollar in {@code year}, or the nearest earlier year that has one. */
    BigDecimal unitsPerUsd(String currency, int year) {
        if (currency.equals("USD")) {
            return BigDecimal.ONE;
        }
        String issuer = Currencies.issuer(currency).orElseThrow();
        for (int y = Math.min(year, LAST_YEAR); y >= FIRST_YEAR; y--) {
            Optional<BigDecimal> rate = reference.value(Indicators.FX_LCU_PER_USD, issuer, y);
            if (rate.isPresent()) {
                return rate.get();
            }
        }
        throw new IllegalStateException("no exchange rate for supported currency " + currency);
    }
}
