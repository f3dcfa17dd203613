package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.MetricType;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;
import org.strategyatlas.reference.Economy;

/**
 * {@code country_comparison}: one row per jurisdiction with its initiatives, investment totals (low/high,
 * constant money, split by funding), per capita, share of GDP per year, counts per million, ranks, the
 * overlaps it reports and a status. Aggregated in Spark, finished on the driver (see {@link Ranking}).
 */
public final class CountryComparison {

    static final List<String> FUNDINGS = List.of("public", "private", "mixed", "sovereign_fund");

    private final String currency;
    private final int baseYear;

    public CountryComparison(String currency, int baseYear) {
        this.currency = currency;
        this.baseYear = baseYear;
    }

    public Table build(Dataset<Row> normalised, List<Metric> metrics, Map<String, JurisdictionInitiatives> initiatives,
                       Map<String, Economy> economies) {
        List<Row> totals = Collected.rows(FundingTotals.of(normalised, currency), "funding totals");
        List<Row> counts = Collected.rows(normalised.groupBy("jurisdiction").agg(count(lit(1)).as("figures"),
                sum(when(col("in_totals"), 1).otherwise(0)).as("in_totals")), "figure counts");
        List<String> perMillionMetrics = metrics.stream()
                .filter(m -> m.type() == MetricType.COUNT && m.perCapita()).map(Metric::metric).sorted().toList();
        List<Row> perMillion = Collected.rows(normalised.filter(col("per_million_low").isNotNull()
                        .or(col("per_million_high").isNotNull()))
                .groupBy("jurisdiction", "metric")
                .agg(max(coalesce(col("per_million_high"), col("per_million_low"))).as("per_million")),
                "counts per million");

        Map<String, JurisdictionRow> rows = new TreeMap<>();
        initiatives.forEach((jurisdiction, summary) -> {
            JurisdictionRow row = rows.computeIfAbsent(jurisdiction, j -> new JurisdictionRow(j, currency));
            row.initiatives = summary.initiatives();
            row.overlaps = summary.overlaps();
        });
        for (Row r : counts) {
            JurisdictionRow row = rows.get(r.getString(0));
            row.figures = r.getLong(1);
            row.inTotals = r.getLong(2);
        }
        for (Row r : totals) {
            rows.get(r.getString(r.fieldIndex("jurisdiction"))).add(r);
        }
        for (Row r : perMillion) {
            rows.get(r.getString(0)).perMillion.put(r.getString(1), r.getDouble(2));
        }
        List<JurisdictionRow> ordered = Ranking.rank(new ArrayList<>(rows.values()), currency);
        List<List<Object>> cells = new ArrayList<>();
        for (JurisdictionRow row : ordered) {
            Economy economy = economies.get(row.jurisdiction);
            cells.add(row.cells(economy == null ? "" : economy.name(), perMillionMetrics));
        }
        return new Table("country_comparison", "Announced AI investment by jurisdiction", columns(perMillionMetrics),
                cells);
    }

    private List<Column> columns(List<String> perMillionMetrics) {
        String c = currency;
        String money = Measure.CONSTANT.unit(c, baseYear);
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("jurisdiction", "ISO 3166-1 alpha-3 code, or a World Bank aggregate code (EUU: EU)"),
                Column.text("name", "World Bank name of the economy"),
                Column.integer("initiatives", "initiatives", "initiatives in the dataset"),
                Column.integer("figures", "figures", "figures (money and counts) of those initiatives"),
                Column.integer("figures_in_totals", "figures",
                        "investment figures of kind total that the totals add up (see README: totals)")));
        String stem = Measure.CONSTANT.column(c);
        columns.add(Column.decimal("investment_" + stem + "_low", money, "sum of counted initiatives' lows;"
                + " an up-to figure adds 0; a figure without reference data adds nothing (see status)"));
        columns.add(Column.decimal("investment_" + stem + "_high", money,
                "sum of counted initiatives' highs; empty when any is open-ended (at least) or not normalised"));
        for (String funding : FUNDINGS) {
            columns.add(Column.decimal(funding + "_" + stem + "_low", money, "as investment_low, " + funding
                    + " funding only"));
            columns.add(Column.decimal(funding + "_" + stem + "_high", money, "as investment_high, " + funding
                    + " funding only"));
        }
        for (Measure m : List.of(Measure.PER_CAPITA, Measure.ANNUAL_CONSTANT, Measure.PCT_GDP_PER_YEAR)) {
            String s = m.column(c);
            String scope = m == Measure.PER_CAPITA ? "sum over counted initiatives"
                    : "sum over counted initiatives with a known horizon";
            columns.add(Column.decimal(s + "_low", m.unit(c, baseYear), scope + " (lows)"));
            columns.add(Column.decimal(s + "_high", m.unit(c, baseYear), scope + " (highs)"));
        }
        for (String metric : perMillionMetrics) {
            columns.add(Column.decimal(metric + "_per_million", "per million inhabitants",
                    "largest single figure of " + metric + " for the jurisdiction, per million inhabitants"));
        }
        columns.add(Column.integer("rank_investment", "rank", "1 = largest investment low; empty without one"));
        columns.add(Column.integer("rank_per_capita", "rank", "1 = largest per-capita low"));
        columns.add(Column.integer("rank_pct_gdp_per_year", "rank", "1 = largest share of GDP per year (low)"));
        columns.add(Column.text("overlaps", "initiative pairs stated to share money (a~b), reported, not netted; at most "
                + JurisdictionInitiatives.MAX_PAIRS + " named, then how many more"));
        columns.add(Column.text("status", "ok, or what limits the totals"));
        return columns;
    }

    /** Accumulates one jurisdiction's aggregates on the driver. */
    static final class JurisdictionRow {
        final String jurisdiction;
        final String currency;
        long initiatives;
        long figures;
        long inTotals;
        long openHigh;
        final Map<String, Double[]> byFunding = new HashMap<>();
        final Map<Measure, double[]> summed = new HashMap<>();
        final Map<Measure, Boolean> highUnknown = new HashMap<>();
        final Map<Measure, Long> missing = new HashMap<>();
        final Map<Measure, Long> valued = new HashMap<>();
        final Map<String, Double> perMillion = new HashMap<>();
        String overlaps = "";
        Integer rankInvestment;
        Integer rankPerCapita;
        Integer rankPctGdp;

        JurisdictionRow(String jurisdiction, String currency) {
            this.jurisdiction = jurisdiction;
            this.currency = currency;
        }

        void add(Row r) {
            long open = r.getLong(r.fieldIndex("open_high"));
            openHigh += open;
            for (Measure m : FundingTotals.SUMMED) {
                String s = m.column(currency);
                double low = r.getDouble(r.fieldIndex(s + "_low"));
                int hi = r.fieldIndex(s + "_high");
                long na = r.getLong(r.fieldIndex(s + "_missing"));
                double[] sum = summed.computeIfAbsent(m, k -> new double[2]);
                sum[0] += low;
                sum[1] += r.isNullAt(hi) ? 0 : r.getDouble(hi);
                // a per-year measure of a plan without horizon is left out by definition, not unknown
                boolean perYear = m == Measure.ANNUAL_CONSTANT || m == Measure.PCT_GDP_PER_YEAR;
                if (open > 0 || (na > 0 && !perYear)) {
                    highUnknown.put(m, true);
                }
                missing.merge(m, na, Long::sum);
                long withValue = r.getLong(r.fieldIndex(s + "_valued"));
                valued.merge(m, withValue, Long::sum);
                if (m == Measure.CONSTANT) {
                    String funding = r.isNullAt(r.fieldIndex("funding")) ? "" : r.getString(r.fieldIndex("funding"));
                    byFunding.put(funding, withValue == 0 ? new Double[] {null, null} : new Double[] {low,
                            r.isNullAt(hi) || open > 0 || na > 0 ? null : r.getDouble(hi)});
                }
            }
        }

        /** Sum of lows; empty (never 0) when no counted initiative has a value for the measure. */
        Double low(Measure m) {
            double[] sum = summed.get(m);
            return sum == null || valued.getOrDefault(m, 0L) == 0 ? null : sum[0];
        }

        Double high(Measure m) {
            double[] sum = summed.get(m);
            return sum == null || valued.getOrDefault(m, 0L) == 0 || highUnknown.getOrDefault(m, false) ? null
                    : sum[1];
        }

        List<Object> cells(String name, List<String> perMillionMetrics) {
            List<Object> cells = new ArrayList<>(List.of(jurisdiction, name, initiatives, figures, inTotals));
            cells.add(low(Measure.CONSTANT));
            cells.add(high(Measure.CONSTANT));
            for (String funding : FUNDINGS) {
                Double[] pair = byFunding.get(funding);
                cells.add(pair == null ? null : pair[0]);
                cells.add(pair == null ? null : pair[1]);
            }
            for (Measure m : List.of(Measure.PER_CAPITA, Measure.ANNUAL_CONSTANT, Measure.PCT_GDP_PER_YEAR)) {
                cells.add(low(m));
                cells.add(high(m));
            }
            for (String metric : perMillionMetrics) {
                cells.add(perMillion.get(metric));
            }
            cells.add(rankInvestment);
            cells.add(rankPerCapita);
            cells.add(rankPctGdp);
            cells.add(overlaps);
            cells.add(status());
            return cells;
        }

        String status() {
            List<String> notes = new ArrayList<>();
            if (inTotals == 0) {
                notes.add("no investment figure in totals");
            }
            long notNormalised = missing.getOrDefault(Measure.CONSTANT, 0L);
            if (notNormalised > 0) {
                notes.add(notNormalised + " counted initiative(s) without reference data: totals are lower bounds");
            }
            if (openHigh > 0) {
                notes.add(openHigh + " open-ended (at least) initiative(s): no high total");
            }
            long noHorizon = missing.getOrDefault(Measure.ANNUAL_CONSTANT, 0L) - notNormalised;
            if (noHorizon > 0) {
                notes.add(noHorizon + " initiative(s) without horizon left out of per-year measures");
            }
            return notes.isEmpty() ? "ok" : String.join("; ", notes);
        }
    }
}
