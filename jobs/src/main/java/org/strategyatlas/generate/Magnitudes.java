package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Realistic sizes: money drawn in US dollars as a share of the jurisdiction's GDP (mostly 0.0003% to 0.5%, one in
 * ten up to 5%, never above about US$600 billion) and converted at the year's exchange rate, so that yen and won
 * amounts are as large as they are in the press; counts drawn per metric (a summit has thousands of participants,
 * not millions). Sizes are spread evenly on a log scale and rounded to the one to four significant digits
 * announcements use.
 */
final class Magnitudes {

    /** log10 of the smallest and largest count for each metric. */
    private static final Map<String, double[]> COUNTS = Map.ofEntries(
            Map.entry("participants", range(1.3, 4.3)), Map.entry("proposals", range(0.7, 2.3)),
            Map.entry("people_trained", range(3, 7)), Map.entry("researchers", range(1.3, 4.3)),
            Map.entry("sites", range(0.3, 1.8)), Map.entry("leaders", range(0.7, 2.2)),
            Map.entry("signatories", range(0.7, 2.1)), Map.entry("gpus", range(2.7, 5.3)),
            Map.entry("jobs", range(2, 5)), Map.entry("organisations", range(1, 3.3)),
            Map.entry("countries", range(0.5, 2.1)), Map.entry("ai_factories", range(0, 1.3)),
            Map.entry("ai_gigafactories", range(0, 0.8)), Map.entry("professorships", range(1, 2.7)),
            Map.entry("startups", range(1.7, 3.7)), Map.entry("unicorns", range(0, 1.5)),
            Map.entry("institutes", range(0, 1.5)), Map.entry("research_chairs", range(1, 2.5)),
            Map.entry("ai_talent", range(3, 5.7)));
    private static final double[] OTHER_COUNT = range(0, 4);

    private Magnitudes() {
    }

    private static double[] range(double low, double high) {
        return new double[] {low, high};
    }

    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final double MIN_USD_LOG = 5.5;
    private static final double MAX_USD_LOG = 11.8;

    /**
     * An amount in {@code currency} as announced in {@code year} by an economy of GDP 10^{@code gdpLog10} US$,
     * rounded as announcements round.
     */
    static BigDecimal money(String currency, int year, double gdpLog10, Catalogue catalogue,
                            SplittableRandom random) {
        double share = random.nextInt(10) == 0 ? -2.3 + random.nextDouble() : -6.5 + 4.2 * random.nextDouble();
        double log = Math.max(MIN_USD_LOG, Math.min(MAX_USD_LOG, gdpLog10 + share));
        BigDecimal usd = BigDecimal.valueOf(StrictMath.pow(10, log));
        return round(usd.multiply(catalogue.unitsPerUsd(currency, year)), significantDigits(random));
    }

    /** A count for {@code metric}: at least 2, so that every noun can stay plural. */
    static BigDecimal count(String metric, SplittableRandom random) {
        double[] range = COUNTS.getOrDefault(metric, OTHER_COUNT);
        double log = range[0] + (range[1] - range[0]) * random.nextDouble();
        return round(BigDecimal.valueOf(StrictMath.pow(10, log)), significantDigits(random)).max(TWO);
    }

    /** The upper end of a range starting at {@code low}: 1.2 to 3 times it, rounded like it, always above it. */
    static BigDecimal rangeHigh(BigDecimal low, SplittableRandom random) {
        BigDecimal factor = BigDecimal.valueOf(12 + random.nextInt(19), 1);
        BigDecimal high = round(low.multiply(factor), 2);
        return high.compareTo(low) > 0 ? high : low.add(BigDecimal.ONE);
    }

    /** A value near {@code value} that another source might state instead: 80% to 120% of it. */
    static BigDecimal disagreeing(BigDecimal value, SplittableRandom random) {
        BigDecimal factor = BigDecimal.valueOf(80 + random.nextInt(41), 2);
        BigDecimal other = round(value.multiply(factor), 2).max(TWO);
        return other.compareTo(value) != 0 ? other : value.add(BigDecimal.ONE);
    }

    /** {@code value} to {@code digits} significant digits, in whole units and at least 1. */
    static BigDecimal round(BigDecimal value, int digits) {
        BigDecimal rounded = value.round(new MathContext(digits, RoundingMode.HALF_UP)).setScale(0,
                RoundingMode.HALF_UP);
        return rounded.signum() > 0 ? rounded : BigDecimal.ONE;
    }

    /** How precisely an amount is stated: 1.5 billion (2) far more often than 1.527 billion (4). */
    private static int significantDigits(SplittableRandom random) {
        int draw = random.nextInt(20);
        return draw < 4 ? 1 : draw < 13 ? 2 : draw < 19 ? 3 : 4;
    }
}
