package org.strategyatlas.normalise;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.strategyatlas.CuratedData;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Metric;
import org.strategyatlas.reference.ReferenceData;

/**
 * On the curated data: every empty bound of every measure is explained by a reason in the status, per the
 * table in README ("status"), and a money figure whose reference data exists has every money measure.
 */
class EveryEmptyCellExplainedTest {

    /** Which reasons (by prefix) may empty which measures: the README's table. */
    static final Map<String, Set<Measure>> EXPLAINS = Map.ofEntries(
            Map.entry("count_metric", EnumSet.complementOf(EnumSet.of(Measure.PER_MILLION))),
            Map.entry("not_per_capita_metric", EnumSet.of(Measure.PER_MILLION)),
            Map.entry("no_fx_", EnumSet.of(Measure.NOMINAL, Measure.CONSTANT, Measure.PER_CAPITA, Measure.PCT_GDP,
                    Measure.PCT_GDP_PER_YEAR, Measure.ANNUAL_CONSTANT)),
            Map.entry("no_deflator_", EnumSet.of(Measure.CONSTANT, Measure.PER_CAPITA, Measure.ANNUAL_CONSTANT)),
            Map.entry("no_ppp_", EnumSet.of(Measure.PPP)),
            Map.entry("ppp_not_own_currency", EnumSet.of(Measure.PPP)),
            Map.entry("no_population_", EnumSet.of(Measure.PER_CAPITA, Measure.PER_MILLION)),
            Map.entry("no_gdp_", EnumSet.of(Measure.PCT_GDP, Measure.PCT_GDP_PER_YEAR)),
            Map.entry("no_horizon", EnumSet.of(Measure.ANNUAL_CONSTANT, Measure.PCT_GDP_PER_YEAR)),
            Map.entry("no_issuing_economy_", EnumSet.complementOf(EnumSet.of(Measure.PER_MILLION))));

    @Test
    void everyEmptyBoundHasAReasonThatCoversIt() throws Exception {
        ReferenceData reference = CuratedData.reference();
        LoadedDataset loaded = CuratedData.dataset();
        Map<String, Initiative> initiatives = loaded.dataset().initiatives().stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        Map<String, Metric> metrics = loaded.dataset().metrics().stream()
                .collect(Collectors.toMap(Metric::metric, Function.identity()));
        Normaliser normaliser = new Normaliser(reference, 2025, "USD");
        int fullyNormalisedMoney = 0;
        for (Figure f : loaded.dataset().figures()) {
            Initiative i = initiatives.get(f.initiative());
            Metric m = metrics.get(f.metric());
            NormalisedFigure n = normaliser.normalise(FigureFrame.input(FigureFrame.row(f, i, m)));
            for (Measure measure : Measure.values()) {
                if (measure == Measure.PER_MILLION && !f.isCount()) {
                    continue; // empty for money by definition (README)
                }
                if (n.get(measure).low() == null) {
                    assertExplained(n, measure, "open_low", f);
                }
                if (n.get(measure).high() == null) {
                    assertExplained(n, measure, "open_high", f);
                }
            }
            if (!f.isCount() && n.reasons().stream().noneMatch(r -> r.startsWith("no_") && !r.equals("no_horizon"))) {
                for (Measure measure : List.of(Measure.NOMINAL, Measure.CONSTANT, Measure.PER_CAPITA, Measure.PCT_GDP)) {
                    assertNotNull(f.low() == null ? n.get(measure).high() : n.get(measure).low(),
                            f.id() + " " + measure);
                }
                fullyNormalisedMoney++;
            }
        }
        assertTrue(fullyNormalisedMoney >= 60, "money figures with every reference value: " + fullyNormalisedMoney);
    }

    private static void assertExplained(NormalisedFigure n, Measure measure, String openReason, Figure f) {
        boolean explained = n.reasons().contains(openReason) || n.reasons().stream().anyMatch(reason ->
                EXPLAINS.entrySet().stream().anyMatch(e -> reason.startsWith(e.getKey())
                        && e.getValue().contains(measure)));
        assertTrue(explained, f.id() + ": " + measure + " is empty but status is '" + n.status() + "'");
    }
}
