package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.when;
import static org.strategyatlas.normalise.FigureFrame.emptyAsNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strategyatlas.model.Basis;
import org.strategyatlas.model.CommitmentClass;
import org.strategyatlas.model.FigureKind;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Scope;
import org.strategyatlas.normalise.Measure;

/**
 * The working behind every total: which initiatives a jurisdiction's totals add, with what envelope, in which
 * total, and why the others are not added. One row per initiative with investment money ({@code totals_breakdown}).
 * The country comparison adds the counted rows of this frame and nothing else, so its totals are the breakdown's sums.
 *
 * <p>The rules (README and data/README.md: totals):
 * <ol>
 * <li>A figure is live when it is investment money of kind {@code total}, not a cancellation, not superseded.</li>
 * <li>An initiative's class is the firmest {@link CommitmentClass} among its live figures; its envelope is the lowest
 * low to the highest high of its live figures of that class, whatever their funding; softer figures of the same
 * initiative are listed, not added. Its funding is their single funding, or {@code mixed} when they differ.</li>
 * <li>It is counted in one total: {@code broader} for a broader package without a stated AI share (in full, apart),
 * else {@code targets} for the class targets and reports, else {@code headline}. A stated AI share scales the
 * envelope (low by the share's low, high by its high).</li>
 * <li>It is not counted when an enclosing initiative ({@code contained_in}, transitively) is counted in the headline
 * or in the same total as it, or when it is superseded.</li>
 * </ol>
 */
public final class Breakdown {

    public static final String NAME = "totals_breakdown";
    static final String INVESTMENT = org.strategyatlas.model.Figure.INVESTMENT;
    public static final String TITLE = "The initiatives behind every total";

    /** The totals an initiative can be counted in. */
    public static final String HEADLINE = "headline";
    public static final String TARGETS = "targets";
    public static final String BROADER = "broader";

    /** The measures a total adds up. */
    public static final List<Measure> SUMMED = List.of(Measure.CONSTANT, Measure.PER_CAPITA, Measure.ANNUAL_CONSTANT,
            Measure.PCT_GDP_PER_YEAR);

    private static final int MAX_ROUNDS = 64;

    /** The columns of the initiatives frame this class reads. */
    public static final StructType INITIATIVES = new StructType()
            .add("id", DataTypes.StringType, false)
            .add("name", DataTypes.StringType, false)
            .add("contained_in", DataTypes.StringType, true)
            .add("scope", DataTypes.StringType, false)
            .add("ai_share_low", DataTypes.DoubleType, true)
            .add("ai_share_high", DataTypes.DoubleType, true)
            .add("ai_share_source", DataTypes.StringType, true)
            .add("superseded_by", DataTypes.StringType, true);

    private Breakdown() {
    }

    /** The initiatives frame from initiatives held by the driver. */
    public static Dataset<Row> initiatives(SparkSession spark, List<Initiative> initiatives) {
        List<Row> rows = new ArrayList<>();
        for (Initiative i : initiatives) {
            rows.add(RowFactory.create(i.id(), i.name(), blankAsNull(i.containedIn()), i.scope().code(),
                    i.aiShareLow() == null ? null : i.aiShareLow().doubleValue(),
                    i.aiShareHigh() == null ? null : i.aiShareHigh().doubleValue(), blankAsNull(i.aiShareSource()),
                    blankAsNull(i.supersededBy())));
        }
        return spark.createDataFrame(rows, INITIATIVES);
    }

    /** The initiatives frame from the validated initiatives read by Spark ({@code ValidatedRows} columns). */
    public static Dataset<Row> initiatives(Dataset<Row> validated) {
        return validated.filter(col("id").isNotNull()).select(col("id"), col("name"), emptyAsNull("contained_in"),
                col("scope"), col("ai_share_low").cast(DataTypes.DoubleType).as("ai_share_low"),
                col("ai_share_high").cast(DataTypes.DoubleType).as("ai_share_high"), emptyAsNull("ai_share_source"),
                emptyAsNull("superseded_by"));
    }

    /**
     * @param normalised the normalised figures ({@code NormaliseStep} output)
     * @param initiatives {@link #INITIATIVES}
     * @param onDriver    true when the driver read the records (curated data): the chains of contained_in are then
     *                    walked on the driver ({@link #walk}), sparing the rounds of Spark jobs of pointer jumping;
     *                    false when Spark read them: pointer jumping ({@link #enclosing}), nothing collected
     * @return the breakdown frame (one row per initiative with investment money, unordered) and the figures counted
     */
    public static Result of(Dataset<Row> normalised, Dataset<Row> initiatives, String currency, boolean onDriver) {
        Dataset<Row> money = normalised.filter(col("metric").equalTo(INVESTMENT).and(col("money")));
        Dataset<Row> info = initiatives.select(col("id").as("_i"), col("name"), col("contained_in"), col("scope"),
                col("ai_share_low"), col("ai_share_high"), col("ai_share_source"),
                col("superseded_by").as("_i_superseded"));

        // 1. each figure: its class (rank 1 = firmest) and, when it cannot count, why
        Column rank = lit(null).cast(DataTypes.IntegerType);
        Column cls = lit(null).cast(DataTypes.StringType);
        for (Basis basis : Basis.values()) {
            CommitmentClass c = CommitmentClass.of(basis);
            if (c != null) {
                rank = when(col("basis").equalTo(basis.code()), lit(c.ordinal() + 1)).otherwise(rank);
                cls = when(col("basis").equalTo(basis.code()), lit(c.code())).otherwise(cls);
            }
        }
        Column why = when(col("kind").notEqual(FigureKind.TOTAL.code()),
                concat(lit("kind "), col("kind"), lit(", not a total")))
                .when(col("basis").equalTo(Basis.CANCELLATION.code()), lit("a cancellation"))
                .when(col("superseded_by").isNotNull(), concat(lit("superseded by "), col("superseded_by")));
        Dataset<Row> figures = money.withColumn("_rank", rank).withColumn("_class", cls).withColumn("_why", why);
        Dataset<Row> best = figures.filter(col("_why").isNull()).groupBy(col("initiative_id").as("_b"))
                .agg(min("_rank").as("_best"));
        figures = figures.join(best, col("initiative_id").equalTo(col("_b")), "left").drop("_b")
                .withColumn("_counted", col("_why").isNull().and(col("_rank").equalTo(col("_best"))))
                .withColumn("_why", coalesce(col("_why"), when(col("_rank").gt(col("_best")),
                        concat(lit("softer ("), col("_class"), lit(") than the counted figures")))));

        // 2. each initiative: class, funding, figures, envelope of the counted figures
        List<Column> aggs = new ArrayList<>();
        aggs.add(min(when(col("_counted"), col("_class"))).as("class"));
        aggs.add(collect_set(when(col("_counted"), col("funding"))).as("_fundings"));
        aggs.add(concat_ws(";", array_sort(collect_list(when(col("_counted"), col("figure_id")))))
                .as("figures_counted"));
        aggs.add(concat_ws("; ", array_sort(collect_list(when(col("_counted").equalTo(false),
                concat(col("figure_id"), lit(": "), col("_why"))))))
                .as("figures_not_counted"));
        aggs.add(max(when(col("_counted"), 1).otherwise(0)).as("_any"));
        aggs.add(max(when(col("kind").equalTo(FigureKind.TOTAL.code()), 1).otherwise(0)).as("_totals"));
        aggs.add(min(when(col("kind").equalTo(FigureKind.TOTAL.code()),
                when(col("basis").equalTo(Basis.CANCELLATION.code()), 1).otherwise(0))).as("_all_cancelled"));
        aggs.add(max(when(col("_counted").and(col("qualifier").equalTo("at_least")), 1).otherwise(0))
                .as("open_high"));
        for (Measure m : SUMMED) {
            String s = m.column(currency);
            aggs.add(min(when(col("_counted"), col(s + "_low"))).as("_lo_" + s));
            aggs.add(max(when(col("_counted"), col(s + "_high"))).as("_hi_" + s));
            aggs.add(max(when(col("_counted").and(col(s + "_low").isNull()).and(col(s + "_high").isNull()), 1)
                    .otherwise(0)).as("_na_" + s));
        }
        Dataset<Row> perInitiative = figures.groupBy(col("jurisdiction"), col("initiative_id").as("initiative"))
                .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(new Column[0]))
                .join(info, col("initiative").equalTo(col("_i"))).drop("_i")
                .withColumn("funding", when(size(col("_fundings")).equalTo(1), element_at(col("_fundings"), 1))
                        .when(size(col("_fundings")).gt(1), lit("mixed")))
                .withColumn("_key", when(col("_any").equalTo(0).or(col("_i_superseded").isNotNull()),
                        lit(null).cast(DataTypes.StringType))
                        .when(col("scope").equalTo(Scope.BROADER.code()).and(col("ai_share_low").isNull()),
                                lit(BROADER))
                        .when(col("class").equalTo(CommitmentClass.TARGETS.code()), lit(TARGETS))
                        .otherwise(lit(HEADLINE)))
                .cache();

        // 3. enclosing initiatives counted in the headline, or in the same total
        Dataset<Row> keys = initiatives.select(col("id").as("_k_id"), col("contained_in").as("_k_parent"))
                .join(perInitiative.select(col("initiative").as("_k_i"), col("_key")),
                        col("_k_id").equalTo(col("_k_i")), "left")
                .select(col("_k_id").as("id"), col("_k_parent").as("parent"), col("_key").as("key"));
        Dataset<Row> enclosing = onDriver ? walk(keys.sparkSession(), keys.collectAsList()) : enclosing(keys);
        Dataset<Row> withParents = perInitiative.join(enclosing, col("initiative").equalTo(col("_e")), "left")
                .drop("_e", "_e_ptr")
                .withColumn("_cover", when(col("_key").equalTo(HEADLINE), col("_e_headline"))
                        .when(col("_key").equalTo(TARGETS), coalesce(col("_e_headline"), col("_e_targets")))
                        .when(col("_key").equalTo(BROADER), coalesce(col("_e_headline"), col("_e_broader"))));

        // 4. status, the total counted in, the envelope scaled by a stated AI share
        Column status = when(col("_i_superseded").isNotNull(), concat(lit("superseded by "), col("_i_superseded")))
                .when(col("_totals").equalTo(0), lit("no figure of kind total"))
                .when(col("_any").equalTo(0).and(col("_all_cancelled").equalTo(1)), lit("cancelled"))
                .when(col("_any").equalTo(0), lit("every total figure superseded or cancelled"))
                .when(col("_cover").isNotNull(), concat(lit("contained in "), col("_cover")))
                .otherwise(lit("counted"));
        Dataset<Row> out = withParents.withColumn("status", status)
                .withColumn("counted_in", when(col("status").equalTo("counted"), col("_key")));
        Column shared = col("ai_share_low").isNotNull();
        String constant = Measure.CONSTANT.column(currency);
        out = out.withColumn("package_" + constant + "_low", col("_lo_" + constant))
                .withColumn("package_" + constant + "_high", col("_hi_" + constant));
        for (Measure m : SUMMED) {
            String s = m.column(currency);
            out = out.withColumn(s + "_low", when(shared, col("_lo_" + s).multiply(col("ai_share_low")))
                            .otherwise(col("_lo_" + s)))
                    .withColumn(s + "_high", when(shared, col("_hi_" + s).multiply(col("ai_share_high")))
                            .otherwise(col("_hi_" + s)))
                    .withColumn(s + "_missing", col("_na_" + s));
        }
        out = out.withColumn("notes", concat_ws("; ", notes(currency)));

        Dataset<Row> counted = figures.filter(col("_counted")).select(col("figure_id").as("_counted_figure"),
                        col("initiative_id").as("_ci"))
                .join(out.filter(col("counted_in").isNotNull()).select(col("initiative").as("_co")),
                        col("_ci").equalTo(col("_co")))
                .select(col("_counted_figure"));
        return new Result(out, counted, List.of(perInitiative, enclosing));
    }

    /** {@code normalised} with {@code in_totals}: whether the figure makes the envelope of a counted initiative. */
    public static Dataset<Row> withInTotals(Dataset<Row> normalised, Dataset<Row> counted) {
        return normalised.join(counted, col("figure_id").equalTo(col("_counted_figure")), "left")
                .withColumn("in_totals", col("_counted_figure").isNotNull()).drop("_counted_figure");
    }

    /** The published table held by the driver: for curated datasets. */
    public static org.strategyatlas.publish.Table build(Dataset<Row> rows, String currency, int baseYear) {
        return new org.strategyatlas.publish.Table(NAME, TITLE, columns(currency, baseYear),
                org.strategyatlas.spark.Rows.all(frame(rows, currency, baseYear)));
    }

    /** The published table's rows as a Spark frame: its columns, by jurisdiction and initiative. */
    public static Dataset<Row> frame(Dataset<Row> rows, String currency, int baseYear) {
        return rows.select(columns(currency, baseYear).stream().map(c -> rows.col(c.name()))
                .toArray(Column[]::new)).orderBy("jurisdiction", "initiative");
    }

    public static List<org.strategyatlas.publish.Column> columns(String currency, int baseYear) {
        List<org.strategyatlas.publish.Column> columns = new ArrayList<>(List.of(
                org.strategyatlas.publish.Column.text("jurisdiction", "ISO 3166-1 alpha-3, or EUU for the EU"),
                org.strategyatlas.publish.Column.text("initiative", "the initiative (data/initiatives.csv)"),
                org.strategyatlas.publish.Column.text("name", "its name"),
                org.strategyatlas.publish.Column.text("counted_in", "the total that adds this row: headline, targets"
                        + " (targets and reports) or broader (broader packages without AI share); empty when not"
                        + " counted"),
                org.strategyatlas.publish.Column.text("status", "counted, or why not: contained in X, superseded by"
                        + " Y, cancelled, no figure of kind total, every total figure superseded or cancelled"),
                org.strategyatlas.publish.Column.text("class", "commitment class of the counted figures: budgeted,"
                        + " planned, pledged or targets (the firmest class among the initiative's live figures)"),
                org.strategyatlas.publish.Column.text("scope", "ai (AI-specific) or broader (a package with AI as one"
                        + " part)"),
                org.strategyatlas.publish.Column.decimal("ai_share_low", "fraction", "stated AI share of a broader"
                        + " package, low"),
                org.strategyatlas.publish.Column.decimal("ai_share_high", "fraction", "stated AI share, high"),
                org.strategyatlas.publish.Column.text("funding", "funding of the counted figures; mixed when they"
                        + " name different fundings"),
                org.strategyatlas.publish.Column.text("figures_counted", "the figures whose envelope is the row's"
                        + " amount (;-separated ids)"),
                org.strategyatlas.publish.Column.text("figures_not_counted", "the initiative's other investment"
                        + " figures, each with why it is not added")));
        String constant = Measure.CONSTANT.column(currency);
        columns.add(org.strategyatlas.publish.Column.decimal("package_" + constant + "_low",
                Measure.CONSTANT.unit(currency, baseYear), "envelope of the counted figures before any AI share"
                        + " (lowest low)"));
        columns.add(org.strategyatlas.publish.Column.decimal("package_" + constant + "_high",
                Measure.CONSTANT.unit(currency, baseYear), "envelope before any AI share (highest high)"));
        for (Measure m : SUMMED) {
            String s = m.column(currency);
            columns.add(org.strategyatlas.publish.Column.decimal(s + "_low", m.unit(currency, baseYear),
                    "the amount the row adds to its total (low): the envelope times the AI share's low"));
            columns.add(org.strategyatlas.publish.Column.decimal(s + "_high", m.unit(currency, baseYear),
                    "the amount the row adds to its total (high)"));
        }
        columns.add(org.strategyatlas.publish.Column.text("notes", "what qualifies the numbers: AI share and its"
                + " source, up to, at least, no reference data, no horizon"));
        return columns;
    }

    /** What qualifies a row's numbers, one phrase each. */
    private static Column[] notes(String currency) {
        String c = Measure.CONSTANT.column(currency);
        String annual = Measure.ANNUAL_CONSTANT.column(currency);
        Column counted = col("counted_in").isNotNull();
        return new Column[] {
            when(col("ai_share_low").isNotNull(), format_string("AI share %s to %s of the package (source %s)",
                    col("ai_share_low").cast("string"), col("ai_share_high").cast("string"),
                    col("ai_share_source"))),
            when(col("counted_in").equalTo(BROADER),
                    lit("broader package without a stated AI share: counted apart, not in the headline")),
            when(col("counted_in").equalTo(TARGETS), lit("a target or report: counted apart, not in the headline")),
            when(counted.and(col("_lo_" + c).isNull()).and(col("_hi_" + c).isNotNull()),
                    lit("up to: adds 0 to the low")),
            when(counted.and(col("open_high").equalTo(1)), lit("at least: no high")),
            when(counted.and(col("_na_" + c).equalTo(1)),
                    lit("no reference data for a counted figure: the totals are lower bounds")),
            when(counted.and(col("_na_" + c).equalTo(0)).and(col("_na_" + annual).equalTo(1)),
                    lit("no horizon: left out of per-year measures")),
        };
    }

    /** {@link #enclosing} on the driver: {@code keys} rows ({@code id, parent, key}) walked up one by one. */
    static Dataset<Row> walk(SparkSession spark, List<Row> keys) {
        java.util.Map<String, Row> byId = new java.util.HashMap<>();
        keys.forEach(r -> byId.put(r.getString(0), r));
        List<Row> rows = new ArrayList<>();
        for (Row r : keys) {
            if (r.isNullAt(1)) {
                continue;
            }
            String[] nearest = new String[3];
            String parent = r.getString(1);
            for (int steps = 0; parent != null && steps <= keys.size(); steps++) {
                Row p = byId.get(parent);
                String key = p == null ? null : p.getString(2);
                int slot = HEADLINE.equals(key) ? 0 : TARGETS.equals(key) ? 1 : BROADER.equals(key) ? 2 : -1;
                if (slot >= 0 && nearest[slot] == null) {
                    nearest[slot] = parent;
                }
                parent = p == null ? null : p.getString(1);
            }
            rows.add(RowFactory.create(r.getString(0), null, nearest[0], nearest[1], nearest[2]));
        }
        return spark.createDataFrame(rows, ENCLOSING);
    }

    private static final StructType ENCLOSING = new StructType().add("_e", DataTypes.StringType, false)
            .add("_e_ptr", DataTypes.StringType, true).add("_e_headline", DataTypes.StringType, true)
            .add("_e_targets", DataTypes.StringType, true).add("_e_broader", DataTypes.StringType, true);

    /**
     * For every initiative with a {@code contained_in}, the nearest enclosing initiative counted in each total
     * ({@code _e} the initiative, {@code _e_headline}, {@code _e_targets}, {@code _e_broader}), by pointer jumping: each round doubles how far up
     * every unfinished chain has been looked at. {@code keys} has {@code id, parent, key} for every initiative.
     */
    static Dataset<Row> enclosing(Dataset<Row> keys) {
        Dataset<Row> parents = keys.select(col("id").as("_p"), col("key").as("_pk"));
        Dataset<Row> state = keys.filter(col("parent").isNotNull())
                .join(parents, col("parent").equalTo(col("_p")), "left")
                .select(col("id").as("_e"), col("parent").as("_e_ptr"),
                        when(col("_pk").equalTo(HEADLINE), col("_p")).as("_e_headline"),
                        when(col("_pk").equalTo(TARGETS), col("_p")).as("_e_targets"),
                        when(col("_pk").equalTo(BROADER), col("_p")).as("_e_broader"))
                .cache();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (state.filter(col("_e_ptr").isNotNull()).isEmpty()) {
                break;
            }
            Dataset<Row> lookup = state.select(col("_e").as("y"), col("_e_ptr").as("yptr"),
                    col("_e_headline").as("yh"), col("_e_targets").as("yt"), col("_e_broader").as("yb"));
            Dataset<Row> next = state.join(lookup, col("_e_ptr").equalTo(col("y")), "left")
                    .select(col("_e"), when(col("_e_ptr").isNull(), lit(null).cast(DataTypes.StringType))
                                    .otherwise(col("yptr")).as("_e_ptr"),
                            coalesce(col("_e_headline"), col("yh")).as("_e_headline"),
                            coalesce(col("_e_targets"), col("yt")).as("_e_targets"),
                            coalesce(col("_e_broader"), col("yb")).as("_e_broader"))
                    .cache();
            next.count();
            state.unpersist();
            state = next;
        }
        return state; // cached: released with the result
    }

    private static String blankAsNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * @param rows the breakdown, one row per initiative with investment money
     * @param counted {@code _counted_figure}: the ids of the figures whose initiative is counted and that make its
     *                envelope
     * @param cached  intermediate frames held by Spark until {@link #release()}
     */
    public record Result(Dataset<Row> rows, Dataset<Row> counted, List<Dataset<Row>> cached) {

        /** Frees what Spark holds for the intermediate frames; call when the rows and counted ids are written. */
        public void release() {
            cached.forEach(Dataset::unpersist);
        }
    }
}
