package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.strategyatlas.normalise.Measure;

/**
 * Spark aggregates behind the country comparison: for each jurisdiction and funding, the summed envelope of
 * every counted initiative for the measures that add up (constant money, per capita, per year, share of GDP
 * per year), with how many initiatives were open-ended or could not be normalised.
 */
final class FundingTotals {

    /** Measures that a total adds up. */
    static final List<Measure> SUMMED = List.of(Measure.CONSTANT, Measure.PER_CAPITA, Measure.ANNUAL_CONSTANT,
            Measure.PCT_GDP_PER_YEAR);

    private FundingTotals() {
    }

    /**
     * One row per jurisdiction and funding: {@code jurisdiction, funding, initiatives, open_high}, then per
     * measure {@code <m>_low} (sum of lows; an "up to" figure adds 0), {@code <m>_high} (sum of highs present),
     * {@code <m>_missing} (initiatives without a value for the measure) and {@code <m>_valued} (with one).
     */
    static Dataset<Row> of(Dataset<Row> normalised, String currency) {
        List<Column> perInitiative = new ArrayList<>();
        perInitiative.add(max(when(col("qualifier").equalTo("at_least"), 1).otherwise(0)).as("open_high"));
        for (Measure m : SUMMED) {
            String s = m.column(currency);
            perInitiative.add(min(s + "_low").as(s + "_lo"));
            perInitiative.add(max(s + "_high").as(s + "_hi"));
            perInitiative.add(max(when(col(s + "_low").isNull().and(col(s + "_high").isNull()), 1).otherwise(0))
                    .as(s + "_na"));
        }
        Dataset<Row> initiatives = normalised.filter(col("in_totals"))
                .groupBy(col("jurisdiction"), col("initiative_id"), col("funding"))
                .agg(perInitiative.get(0), perInitiative.subList(1, perInitiative.size()).toArray(new Column[0]));

        List<Column> perJurisdiction = new ArrayList<>();
        perJurisdiction.add(sum("open_high").as("open_high"));
        for (Measure m : SUMMED) {
            String s = m.column(currency);
            perJurisdiction.add(exactSum(coalesce(col(s + "_lo"), lit(0.0)), m).as(s + "_low"));
            perJurisdiction.add(exactSum(col(s + "_hi"), m).as(s + "_high"));
            perJurisdiction.add(sum(s + "_na").as(s + "_missing"));
            perJurisdiction.add(sum(when(col(s + "_lo").isNotNull().or(col(s + "_hi").isNotNull()), 1).otherwise(0))
                    .as(s + "_valued"));
        }
        return initiatives.groupBy(col("jurisdiction"), col("funding"))
                .agg(count(lit(1)).as("initiatives"), perJurisdiction.toArray(new Column[0]))
                .orderBy(col("jurisdiction"), col("funding"));
    }

    /**
     * The sum of {@code values} as a double, computed in fixed point so that it does not depend on the order in
     * which Spark adds partitions (a double sum does, in its last digits: the same data read by the driver and
     * by Spark's readers gave totals differing in the 16th significant digit). Scales: a millionth of a currency
     * unit for money (room for 10^32), 10^-12 per inhabitant and 10^-18 % of GDP; finer than any input figure.
     */
    static Column exactSum(Column values, Measure measure) {
        int scale = switch (measure) {
            case PER_CAPITA -> 12;
            case PCT_GDP, PCT_GDP_PER_YEAR -> 18;
            default -> 6;
        };
        return sum(values.cast(DataTypes.createDecimalType(38, scale))).cast(DataTypes.DoubleType);
    }
}
