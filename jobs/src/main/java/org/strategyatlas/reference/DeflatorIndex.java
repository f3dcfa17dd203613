package org.strategyatlas.reference;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds {@code ATLAS.GDP.DEFL.INDEX}, a GDP deflator level per economy, from the published level
 * (NY.GDP.DEFL.ZS) where there is one and from chained annual % changes (NY.GDP.DEFL.KD.ZG) elsewhere.
 * Its base differs by economy, so only the ratio of two years of one economy means anything.
 */
final class DeflatorIndex {

    static final BigDecimal BASE = BigDecimal.valueOf(100);
    // Chaining keeps 34 digits so twenty-odd multiplications lose nothing a reader could see; the
    // written value keeps 15 significant digits, as many as the % changes themselves carry.
    private static final MathContext WORK = MathContext.DECIMAL128;
    private static final MathContext OUTPUT = new MathContext(15, RoundingMode.HALF_EVEN);

    private DeflatorIndex() {
    }

    /**
     * The index of one economy. With {@code levels}, those values as published, extended beyond their last
     * year by the changes; without, 100 in the first year from {@code fromYear} of the latest unbroken run
     * of changes, then {@code level(y) = level(y-1) * (1 + change(y) / 100)}. A gap ends a chain, because
     * nothing links the years on either side of it.
     */
    static SortedMap<Integer, BigDecimal> chain(SortedMap<Integer, BigDecimal> levels,
                                                SortedMap<Integer, BigDecimal> changes, int fromYear) {
        SortedMap<Integer, BigDecimal> index = new TreeMap<>(levels);
        int year;
        BigDecimal level;
        if (!levels.isEmpty()) {
            year = levels.lastKey();
            level = levels.get(year);
        } else {
            SortedMap<Integer, BigDecimal> recent = changes.tailMap(fromYear);
            if (recent.isEmpty()) {
                return index;
            }
            year = recent.lastKey();
            while (recent.containsKey(year - 1)) {
                year--;
            }
            level = BASE;
            index.put(year, BASE);
        }
        for (int y = year + 1; changes.containsKey(y); y++) {
            BigDecimal factor = BigDecimal.ONE.add(changes.get(y).movePointLeft(2), WORK);
            if (factor.signum() <= 0) {
                break; // a fall of 100% or more leaves no price level to carry forward
            }
            level = level.multiply(factor, WORK);
            index.put(y, rounded(level));
        }
        return index;
    }

    private static BigDecimal rounded(BigDecimal level) {
        BigDecimal value = level.round(OUTPUT).stripTrailingZeros();
        return value.scale() < 0 ? value.setScale(0) : value; // 110, not 1.1E+2
    }

    /** The index series for every economy in either input, or empty when neither is given. */
    static Optional<Series> build(Series levels, Series changes, int fromYear) {
        if (levels == null && changes == null) {
            return Optional.empty();
        }
        Map<String, SortedMap<Integer, BigDecimal>> levelsByEconomy = byEconomy(levels);
        Map<String, SortedMap<Integer, BigDecimal>> changesByEconomy = byEconomy(changes);
        TreeSet<String> economies = new TreeSet<>(levelsByEconomy.keySet());
        economies.addAll(changesByEconomy.keySet());
        List<Observation> observations = new ArrayList<>();
        for (String economy : economies) {
            chain(levelsByEconomy.getOrDefault(economy, new TreeMap<>()),
                    changesByEconomy.getOrDefault(economy, new TreeMap<>()), fromYear)
                    .forEach((year, value) -> observations.add(new Observation(economy, year, value)));
        }
        String notes = notes(fromYear);
        Provenance provenance = levels == null ? changes.provenance().withNotes(notes)
                : changes == null ? levels.provenance().withNotes(notes)
                : levels.provenance().with(changes.provenance(), notes);
        return Optional.of(new Series(Indicators.DEFLATOR_INDEX,
                "GDP deflator index (base differs by economy; use ratios only)", provenance, observations));
    }

    static String notes(int fromYear) {
        return "computed: from " + Indicators.DEFLATOR_CHANGE + " (annual %) alone, index = 100 in the first year "
                + "from " + fromYear + " of the latest unbroken run of changes, then level(y) = level(y-1) x "
                + "(1 + change(y)/100); where " + Indicators.DEFLATOR_LEVEL + " is given its values are kept as "
                + "published and extended past its last year by the same chaining; a missing year ends the chain; "
                + "chained values rounded half-even to 15 significant digits; the base differs by economy, so "
                + "only the ratio of two years of one economy is meaningful";
    }

    private static Map<String, SortedMap<Integer, BigDecimal>> byEconomy(Series series) {
        Map<String, SortedMap<Integer, BigDecimal>> out = new TreeMap<>();
        if (series != null) {
            for (Observation o : series.observations()) {
                out.computeIfAbsent(o.economy(), e -> new TreeMap<>()).put(o.year(), o.value());
            }
        }
        return out;
    }
}
