package org.strategyatlas.normalise;

import java.util.Locale;

/** A normalised measure: each is published as a {@code _low}/{@code _high} column pair. */
public enum Measure {
    NOMINAL("nominal_%s", "current %s, market exchange rate of the price year", true),
    CONSTANT("constant_%s", "constant %d %s, GDP deflator of the issuing economy", true),
    PPP("ppp_intl_usd", "current international $ (PPP) of the price year", false),
    PER_CAPITA("per_capita_%s", "constant %d %s per inhabitant", true),
    PCT_GDP("pct_gdp", "%% of the jurisdiction's GDP in the price year", false),
    PCT_GDP_PER_YEAR("pct_gdp_per_year", "%% of GDP per year of the plan", false),
    ANNUAL_CONSTANT("annual_constant_%s", "constant %d %s per year of the plan", true),
    PER_MILLION("per_million", "per million inhabitants", false);

    private final String pattern;
    private final String unitPattern;
    private final boolean inTargetCurrency;

    Measure(String pattern, String unitPattern, boolean inTargetCurrency) {
        this.pattern = pattern;
        this.unitPattern = unitPattern;
        this.inTargetCurrency = inTargetCurrency;
    }

    /** The column stem for a target currency: {@code constant_usd}, {@code constant_eur}, {@code pct_gdp}. */
    public String column(String currency) {
        return inTargetCurrency ? String.format(Locale.ROOT, pattern, currency.toLowerCase(Locale.ROOT)) : pattern;
    }

    /** The unit as column metadata states it: "constant 2024 US$, GDP deflator of the issuing economy". */
    public String unit(String currency, int baseYear) {
        String symbol = "USD".equals(currency) ? "US$" : currency;
        return switch (this) {
            case NOMINAL -> String.format(Locale.ROOT, unitPattern, symbol);
            case CONSTANT, PER_CAPITA, ANNUAL_CONSTANT -> String.format(Locale.ROOT, unitPattern, baseYear, symbol);
            default -> String.format(Locale.ROOT, unitPattern);
        };
    }

    public boolean isMoney() {
        return this != PER_MILLION;
    }
}
