package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.strategyatlas.model.Basis;
import org.strategyatlas.model.FigureKind;

/**
 * {@link TotalsRule} on Spark frames, for datasets read by the executors: which figures a jurisdiction's total adds
 * up. Whether an initiative has a counted ancestor is found by pointer jumping over {@code contained_in}: each round
 * doubles how far up every unfinished chain has been looked at, so a chain of depth d takes about log2(d) rounds.
 */
public final class SparkTotals {

    private static final int MAX_ROUNDS = 64;

    private SparkTotals() {
    }

    /** {@link TotalsRule#candidate}: investment money of kind total that is not a cancellation. */
    public static Column candidate() {
        return col("metric").equalTo(TotalsRule.INVESTMENT).and(col("kind").equalTo(FigureKind.TOTAL.code()))
                .and(col("basis").notEqual(Basis.CANCELLATION.code())).and(col("unit").notEqual("count"));
    }

    /**
     * The ids of the initiatives enclosed, through {@code contained_in}, by an initiative with candidate figures of
     * its own. {@code figures} has {@code initiative, metric, kind, basis, unit}; {@code initiatives} has
     * {@code id, contained_in} (validated: every reference known, no cycles).
     */
    public static Dataset<Row> covered(Dataset<Row> figures, Dataset<Row> initiatives) {
        Dataset<Row> funded = figures.filter(candidate()).select(col("initiative").as("_funded")).distinct();
        Dataset<Row> state = initiatives.filter(col("contained_in").notEqual(""))
                .select(col("id").as("x"), col("contained_in").as("j"))
                .join(funded, col("j").equalTo(col("_funded")), "left")
                .select(col("x"), col("j"), col("_funded").isNotNull().as("c")).cache();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Dataset<Row> open = state.filter(col("j").isNotNull());
            if (open.isEmpty()) {
                break;
            }
            Dataset<Row> lookup = state.select(col("x").as("y"), col("j").as("yj"), col("c").as("yc"));
            Dataset<Row> next = state.filter(col("j").isNull()).unionByName(open.join(lookup,
                            col("j").equalTo(col("y")), "left")
                    .select(col("x"), col("yj").as("j"), col("c").or(coalesce(col("yc"), lit(false))).as("c")))
                    .cache();
            next.count();
            state.unpersist();
            state = next;
        }
        return state.filter(col("c")).select(col("x").as("initiative"));
    }
}
