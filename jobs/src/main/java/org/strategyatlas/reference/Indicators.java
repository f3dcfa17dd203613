package org.strategyatlas.reference;

import java.util.Locale;
import java.util.regex.Pattern;

/** Codes of the reference indicators the rest of Strategy Atlas asks {@link ReferenceData} for. */
public final class Indicators {

    /** Population, total (persons). */
    public static final String POPULATION = "SP.POP.TOTL";
    /** GDP in current US$. */
    public static final String GDP_CURRENT_USD = "NY.GDP.MKTP.CD";
    /** Official exchange rate, local currency units per US$, period average. */
    public static final String FX_LCU_PER_USD = "PA.NUS.FCRF";
    /** PPP conversion factor, GDP, local currency units per international $. */
    public static final String PPP_LCU_PER_INTL_USD = "PA.NUS.PPP";
    /** GDP deflator level as the World Bank publishes it (base year varies by country). */
    public static final String DEFLATOR_LEVEL = "NY.GDP.DEFL.ZS";
    /** GDP deflator, annual % change. */
    public static final String DEFLATOR_CHANGE = "NY.GDP.DEFL.KD.ZG";
    /** Our chained GDP deflator index; only ratios of two years of one economy are meaningful. */
    public static final String DEFLATOR_INDEX = "ATLAS.GDP.DEFL.INDEX";

    // Codes become file names, so nothing that could climb out of the output folder is accepted.
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9._]{0,63}");

    private Indicators() {
    }

    /** True when {@code code} looks like a WDI indicator code (upper case letters, digits, dots). */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches() && !code.contains("..");
    }

    /** The output file that holds {@code code}, e.g. {@code sp.pop.totl.csv}. */
    public static String fileName(String code) {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("not an indicator code: '" + code + "'");
        }
        return code.toLowerCase(Locale.ROOT) + ".csv";
    }
}
