package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.strategyatlas.model.CommitmentClass;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.MetricType;
import org.strategyatlas.normalise.Measure;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;
import org.strategyatlas.reference.Economy;

/**
 * {@code country_comparison}: one row per jurisdiction with its initiatives, the headline investment total (low/high,
 * constant money, per capita, per year, share of GDP per year), the same per commitment class, broader packages
 * apart, the headline split by funding, counts per million, ranks, the overlaps it reports and a status. Every total
 * is the sum of the counted rows of {@link Breakdown} (aggregated in Spark in fixed point, finished on the driver).
 */
public final class CountryComparison {

    static final List<String> FUNDINGS = List.of("public", "private", "mixed", "sovereign_fund");
    /** The headline's classes, then targets and reports; each has its columns. */
    static final List<CommitmentClass> CLASSES = List.of(CommitmentClass.values());
    /** The measures of each class and of the broader packages. */
    static final List<Measure> CLASS_MEASURES = List.of(Measure.CONSTANT, Measure.PER_CAPITA,
            Measure.PCT_GDP_PER_YEAR);

    private final String currency;
    private final int baseYear;

    public CountryComparison(String currency, int baseYear) {
        this.currency = currency;
        this.baseYear = baseYear;
    }

    /**
     * @param normalised  every figure normalised, with {@code in_totals}
     * @param breakdown   {@link Breakdown.Result#rows()}
     */
    public Table build(Dataset<Row> normalised, Dataset<Row> breakdown, List<Metric> metrics,
                       Map<String, JurisdictionInitiatives> initiatives, Map<String, Economy> economies) {
        Dataset<Row> counted = breakdown.filter(col("counted_in").isNotNull());
        List<Row> byClass = Collected.rows(sums(counted.groupBy(col("jurisdiction"), col("counted_in"),
                when(col("counted_in").equalTo(Breakdown.BROADER), lit("")).otherwise(col("class")).as("class"))),
                "totals by class");
        List<Row> byFunding = Collected.rows(sums(counted.filter(col("counted_in").equalTo(Breakdown.HEADLINE))
                .groupBy(col("jurisdiction"), col("funding"))), "totals by funding");
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
            JurisdictionRow row = rows.computeIfAbsent(jurisdiction, j -> new JurisdictionRow(j));
            row.initiatives = summary.initiatives();
            row.overlaps = summary.overlaps();
        });
        for (Row r : counts) {
            JurisdictionRow row = rows.get(r.getString(0));
            row.figures = r.getLong(1);
            row.inTotals = r.getLong(2);
        }
        for (Row r : byClass) {
            JurisdictionRow row = rows.get(r.getString(0));
            String total = r.getString(1);
            Sums sums = new Sums(r, currency);
            if (Breakdown.HEADLINE.equals(total)) {
                row.headline.add(sums);
            } else if (Breakdown.BROADER.equals(total)) {
                row.broader.add(sums);
            }
            if (!Breakdown.BROADER.equals(total)) {
                row.byClass.computeIfAbsent(r.getString(2), k -> new Sums()).add(sums);
            }
        }
        for (Row r : byFunding) {
            rows.get(r.getString(0)).byFunding.computeIfAbsent(r.getString(1), k -> new Sums())
                    .add(new Sums(r, currency));
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

    /** Per group: initiatives, open-ended ones, and per summed measure the exact sums and how many lack a value. */
    private Dataset<Row> sums(org.apache.spark.sql.RelationalGroupedDataset grouped) {
        List<org.apache.spark.sql.Column> aggs = new ArrayList<>();
        aggs.add(sum("open_high").as("open_high"));
        for (Measure m : Breakdown.SUMMED) {
            String s = m.column(currency);
            aggs.add(exactSum(coalesce(col(s + "_low"), lit(0.0)), m).as(s + "_low"));
            aggs.add(exactSum(col(s + "_high"), m).as(s + "_high"));
            aggs.add(sum(s + "_missing").as(s + "_missing"));
            aggs.add(sum(when(col(s + "_low").isNotNull().or(col(s + "_high").isNotNull()), 1).otherwise(0))
                    .as(s + "_valued"));
        }
        return grouped.agg(count(lit(1)).as("initiatives"), aggs.toArray(new org.apache.spark.sql.Column[0]));
    }

    /**
     * The sum of {@code values} in fixed point, so that it does not depend on the order in which Spark adds
     * partitions (a double sum does, in its last digits). Scales: a millionth of a currency unit for money (room for
     * 10^32), 10^-12 per inhabitant and 10^-18 % of GDP; finer than any input figure.
     */
    static org.apache.spark.sql.Column exactSum(org.apache.spark.sql.Column values, Measure measure) {
        int scale = switch (measure) {
            case PER_CAPITA -> 12;
            case PCT_GDP, PCT_GDP_PER_YEAR -> 18;
            default -> 6;
        };
        return sum(values.cast(DataTypes.createDecimalType(38, scale)));
    }

    private List<Column> columns(List<String> perMillionMetrics) {
        String c = currency;
        String money = Measure.CONSTANT.unit(c, baseYear);
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("jurisdiction", "ISO 3166-1 alpha-3 code, or a World Bank aggregate code (EUU: EU)"),
                Column.text("name", "World Bank name of the economy"),
                Column.integer("initiatives", "initiatives", "initiatives in the dataset"),
                Column.integer("initiatives_in_headline", "initiatives",
                        "initiatives the headline total adds (tables/totals_breakdown.csv: counted_in headline)"),
                Column.integer("figures", "figures", "figures (money and counts) of those initiatives"),
                Column.integer("figures_in_totals", "figures",
                        "investment figures that make the envelope of a counted initiative, in any total")));
        String stem = Measure.CONSTANT.column(c);
        columns.add(Column.decimal("investment_" + stem + "_low", money, "HEADLINE: AI money announced as budgeted"
                + " public money, plans and requests, or pledges (targets, reports and broader packages without an AI"
                + " share apart); each initiative once, parts inside their whole once; sum of lows, an up-to figure"
                + " adds 0, a figure without reference data adds nothing (see status)"));
        columns.add(Column.decimal("investment_" + stem + "_high", money, "as the headline low, sum of highs; empty"
                + " when any counted initiative is open-ended (at least) or not normalised"));
        for (String funding : FUNDINGS) {
            columns.add(Column.decimal(funding + "_" + stem + "_low", money, "headline low, initiatives whose funding"
                    + " is " + funding + (funding.equals("mixed") ? " (or whose figures name different fundings)"
                    : "")));
            columns.add(Column.decimal(funding + "_" + stem + "_high", money, "headline high, " + funding
                    + " funding only"));
        }
        for (Measure m : List.of(Measure.PER_CAPITA, Measure.ANNUAL_CONSTANT, Measure.PCT_GDP_PER_YEAR)) {
            String s = m.column(c);
            String scope = m == Measure.PER_CAPITA ? "headline, sum over counted initiatives"
                    : "headline, sum over counted initiatives with a known horizon";
            columns.add(Column.decimal(s + "_low", m.unit(c, baseYear), scope + " (lows)"));
            columns.add(Column.decimal(s + "_high", m.unit(c, baseYear), scope + " (highs)"));
        }
        for (CommitmentClass cls : CLASSES) {
            for (Measure m : CLASS_MEASURES) {
                String s = cls.code() + "_" + m.column(c);
                String what = cls.label() + (cls.headline() ? " (part of the headline)" : " (not in the headline)");
                columns.add(Column.decimal(s + "_low", m.unit(c, baseYear), what + ", lows"));
                columns.add(Column.decimal(s + "_high", m.unit(c, baseYear), what + ", highs"));
            }
        }
        for (Measure m : CLASS_MEASURES) {
            String s = "broader_" + m.column(c);
            String what = "broader technology packages including AI, without a stated AI share, in full (not in the"
                    + " headline)";
            columns.add(Column.decimal(s + "_low", m.unit(c, baseYear), what + ", lows"));
            columns.add(Column.decimal(s + "_high", m.unit(c, baseYear), what + ", highs"));
        }
        for (String metric : perMillionMetrics) {
            columns.add(Column.decimal(metric + "_per_million", "per million inhabitants",
                    "largest single figure of " + metric + " for the jurisdiction, per million inhabitants"));
        }
        columns.add(Column.integer("rank_investment", "rank", "1 = largest headline low; empty without one"));
        columns.add(Column.integer("rank_per_capita", "rank", "1 = largest headline per-capita low"));
        columns.add(Column.integer("rank_pct_gdp_per_year", "rank", "1 = largest headline share of GDP per year (low)"));
        columns.add(Column.text("overlaps", "initiative pairs stated to share money (a~b), reported, not netted; at most "
                + JurisdictionInitiatives.MAX_PAIRS + " named, then how many more"));
        columns.add(Column.text("status", "ok, or what limits the headline totals"));
        return columns;
    }

    /** Exact sums of one group of counted initiatives (a total, a class, a funding), added on the driver. */
    static final class Sums {
        long initiatives;
        long openHigh;
        final Map<Measure, BigDecimal> low = new HashMap<>();
        final Map<Measure, BigDecimal> high = new HashMap<>();
        final Map<Measure, Long> missing = new HashMap<>();
        final Map<Measure, Long> valued = new HashMap<>();

        Sums() {
        }

        Sums(Row r, String currency) {
            initiatives = r.getLong(r.fieldIndex("initiatives"));
            openHigh = r.getLong(r.fieldIndex("open_high"));
            for (Measure m : Breakdown.SUMMED) {
                String s = m.column(currency);
                BigDecimal lo = r.getDecimal(r.fieldIndex(s + "_low"));
                BigDecimal hi = r.getDecimal(r.fieldIndex(s + "_high"));
                low.put(m, lo == null ? BigDecimal.ZERO : lo);
                high.put(m, hi == null ? BigDecimal.ZERO : hi);
                missing.put(m, r.getLong(r.fieldIndex(s + "_missing")));
                valued.put(m, r.getLong(r.fieldIndex(s + "_valued")));
            }
        }

        void add(Sums other) {
            initiatives += other.initiatives;
            openHigh += other.openHigh;
            for (Measure m : Breakdown.SUMMED) {
                low.merge(m, other.low.getOrDefault(m, BigDecimal.ZERO), BigDecimal::add);
                high.merge(m, other.high.getOrDefault(m, BigDecimal.ZERO), BigDecimal::add);
                missing.merge(m, other.missing.getOrDefault(m, 0L), Long::sum);
                valued.merge(m, other.valued.getOrDefault(m, 0L), Long::sum);
            }
        }

        /** Sum of lows; empty (never 0) when no counted initiative has a value for the measure. */
        Double low(Measure m) {
            return valued.getOrDefault(m, 0L) == 0 ? null : low.get(m).doubleValue();
        }

        /**
         * Sum of highs; empty when nothing is valued, when an initiative is open-ended, or when one has no value for a
         * measure that is not per year (a per-year measure of a plan without horizon is left out by definition).
         */
        Double high(Measure m) {
            boolean perYear = m == Measure.ANNUAL_CONSTANT || m == Measure.PCT_GDP_PER_YEAR;
            boolean unknown = openHigh > 0 || (missing.getOrDefault(m, 0L) > 0 && !perYear);
            return valued.getOrDefault(m, 0L) == 0 || unknown ? null : high.get(m).doubleValue();
        }
    }

    /** Accumulates one jurisdiction's aggregates on the driver. */
    static final class JurisdictionRow {
        final String jurisdiction;
        long initiatives;
        long figures;
        long inTotals;
        final Sums headline;
        final Sums broader;
        final Map<String, Sums> byClass = new HashMap<>();
        final Map<String, Sums> byFunding = new HashMap<>();
        final Map<String, Double> perMillion = new HashMap<>();
        String overlaps = "";
        Integer rankInvestment;
        Integer rankPerCapita;
        Integer rankPctGdp;

        JurisdictionRow(String jurisdiction) {
            this.jurisdiction = jurisdiction;
            this.headline = new Sums();
            this.broader = new Sums();
        }

        Double low(Measure m) {
            return headline.low(m);
        }

        List<Object> cells(String name, List<String> perMillionMetrics) {
            List<Object> cells = new ArrayList<>(List.of(jurisdiction, name, initiatives, headline.initiatives,
                    figures, inTotals));
            cells.add(headline.low(Measure.CONSTANT));
            cells.add(headline.high(Measure.CONSTANT));
            for (String funding : FUNDINGS) {
                Sums sums = byFunding.get(funding);
                cells.add(sums == null ? null : sums.low(Measure.CONSTANT));
                cells.add(sums == null ? null : sums.high(Measure.CONSTANT));
            }
            for (Measure m : List.of(Measure.PER_CAPITA, Measure.ANNUAL_CONSTANT, Measure.PCT_GDP_PER_YEAR)) {
                cells.add(headline.low(m));
                cells.add(headline.high(m));
            }
            for (CommitmentClass cls : CLASSES) {
                Sums sums = byClass.get(cls.code());
                for (Measure m : CLASS_MEASURES) {
                    cells.add(sums == null ? null : sums.low(m));
                    cells.add(sums == null ? null : sums.high(m));
                }
            }
            for (Measure m : CLASS_MEASURES) {
                cells.add(broader.low(m));
                cells.add(broader.high(m));
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
            if (headline.initiatives == 0) {
                notes.add("no initiative in the headline");
            }
            long notNormalised = headline.missing.getOrDefault(Measure.CONSTANT, 0L);
            if (notNormalised > 0) {
                notes.add(notNormalised + " counted initiative(s) without reference data: totals are lower bounds");
            }
            if (headline.openHigh > 0) {
                notes.add(headline.openHigh + " open-ended (at least) initiative(s): no high total");
            }
            long noHorizon = headline.missing.getOrDefault(Measure.ANNUAL_CONSTANT, 0L) - notNormalised;
            if (noHorizon > 0) {
                notes.add(noHorizon + " initiative(s) without horizon left out of per-year measures");
            }
            Sums targets = byClass.get(CommitmentClass.TARGETS.code());
            if (targets != null && targets.initiatives > 0) {
                notes.add(targets.initiatives + " target(s) or report(s) apart");
            }
            if (broader.initiatives > 0) {
                notes.add(broader.initiatives + " broader package(s) without AI share apart");
            }
            return notes.isEmpty() ? "ok" : String.join("; ", notes);
        }
    }
}
