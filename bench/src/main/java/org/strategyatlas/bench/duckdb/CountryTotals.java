package org.strategyatlas.bench.duckdb;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One jurisdiction's totals as DuckDB computes them, under the column names of the job's
 * {@code country_comparison.csv}; a null value is an empty cell there.
 */
public record CountryTotals(String jurisdiction, Map<String, Double> values) {

    /** The headline's summed measures, low and high, as {@code country_comparison.csv} names them. */
    public static final List<String> COLUMNS = List.of(
            "investment_constant_usd_low", "investment_constant_usd_high",
            "per_capita_usd_low", "per_capita_usd_high",
            "annual_constant_usd_low", "annual_constant_usd_high",
            "pct_gdp_per_year_low", "pct_gdp_per_year_high");

    public CountryTotals {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        if (!values.keySet().equals(new HashSet<>(COLUMNS))) {
            throw new IllegalArgumentException("totals of " + jurisdiction + " need exactly the columns " + COLUMNS
                    + ", not " + values.keySet());
        }
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Double get(String column) {
        return values.get(column);
    }
}
