package org.strategyatlas.normalise;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strategyatlas.model.Coded;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.FigureKind;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.MetricType;

/**
 * The figures as a Spark table with an explicit schema: each figure joined with what normalising it needs
 * from its initiative (jurisdiction, announcement year, horizon) and from the metric catalogue.
 */
public final class FigureFrame {

    /** Amounts keep their decimal digits: 38 digits, 6 after the point. */
    public static final DataType AMOUNT = DataTypes.createDecimalType(38, 6);

    public static final StructType SCHEMA = new StructType()
            .add("figure_id", DataTypes.StringType, false)
            .add("initiative_id", DataTypes.StringType, false)
            .add("jurisdiction", DataTypes.StringType, false)
            .add("metric", DataTypes.StringType, false)
            .add("money", DataTypes.BooleanType, false)
            .add("per_capita", DataTypes.BooleanType, false)
            .add("unit", DataTypes.StringType, false)
            .add("low", AMOUNT, true)
            .add("high", AMOUNT, true)
            .add("qualifier", DataTypes.StringType, false)
            .add("price_year", DataTypes.IntegerType, false)
            .add("horizon_years", DataTypes.IntegerType, true)
            .add("kind", DataTypes.StringType, false)
            .add("basis", DataTypes.StringType, true)
            .add("funding", DataTypes.StringType, true)
            .add("source", DataTypes.StringType, false)
            .add("superseded_by", DataTypes.StringType, true);

    private FigureFrame() {
    }

    /** Builds the frame from the curated dataset held by the driver (hundreds of rows). */
    public static Dataset<Row> of(SparkSession spark, org.strategyatlas.model.Dataset data) {
        Map<String, Initiative> initiatives = data.initiatives().stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        Map<String, Metric> metrics = data.metrics().stream().collect(Collectors.toMap(Metric::metric,
                Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (Figure f : data.figures()) {
            rows.add(row(f, initiatives.get(f.initiative()), metrics.get(f.metric())));
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    /**
     * Builds the frame from validated frames read by Spark ({@link org.strategyatlas.ingest.ValidatedRows} columns):
     * {@code figures}, {@code initiatives} with {@code _announced_year}.
     */
    public static Dataset<Row> of(Dataset<Row> figures, Dataset<Row> initiatives, List<Metric> metrics) {
        SparkSession spark = figures.sparkSession();
        List<Row> metricRows = metrics.stream().map(m -> RowFactory.create(m.metric(), m.type() == MetricType.MONEY,
                m.perCapita())).toList();
        Dataset<Row> catalogue = spark.createDataFrame(metricRows, new StructType()
                .add("_metric", DataTypes.StringType, false).add("money", DataTypes.BooleanType, false)
                .add("per_capita", DataTypes.BooleanType, false));
        Dataset<Row> plans = initiatives.select(col("id").as("_initiative"), col("jurisdiction"),
                col("_announced_year"), col("horizon_years"));
        Dataset<Row> joined = figures.join(plans, figures.col("initiative").equalTo(plans.col("_initiative")))
                .join(broadcast(catalogue), col("metric").equalTo(col("_metric")));
        return joined.select(col("id").as("figure_id"), col("initiative").as("initiative_id"), col("jurisdiction"),
                col("metric"), col("money"), col("per_capita"), col("unit"), col("low").cast(AMOUNT),
                col("high").cast(AMOUNT), col("qualifier"),
                coalesce(col("price_year"), col("_announced_year")).as("price_year"), col("horizon_years"),
                col("kind"), emptyAsNull("basis"), emptyAsNull("funding"), col("source"),
                emptyAsNull("superseded_by"));
    }

    /** {@code column} with an empty cell read as null ("not stated"), under its own name. */
    public static org.apache.spark.sql.Column emptyAsNull(String column) {
        return when(col(column).equalTo(""), lit(null).cast(DataTypes.StringType)).otherwise(col(column)).as(column);
    }

    /** One row of {@link #SCHEMA}: the price year defaults to the announcement year, the horizon to none. */
    public static Row row(Figure f, Initiative i, Metric m) {
        return RowFactory.create(f.id(), i.id(), i.jurisdiction(), f.metric(), m.type() == MetricType.MONEY,
                m.perCapita(), f.unit(), f.low(), f.high(), f.qualifier().code(),
                f.priceYear() != null ? f.priceYear() : i.announced().year(),
                i.horizonYears().isPresent() ? i.horizonYears().getAsInt() : null, f.kind().code(),
                code(f.basis()), code(f.funding()), f.source(), f.supersededBy().isEmpty() ? null : f.supersededBy());
    }

    /** The normalisation input of one row of {@link #SCHEMA}. */
    public static NormaliseInput input(Row row) {
        return new NormaliseInput(row.getString(0), row.getString(2), row.getString(3), row.getBoolean(4),
                row.getBoolean(5), row.getString(6), (BigDecimal) row.get(7), (BigDecimal) row.get(8), row.getInt(10),
                row.isNullAt(11) ? null : row.getInt(11), FigureKind.PER_YEAR.code().equals(row.getString(12)));
    }

    private static String code(Coded value) {
        return value == null ? null : value.code();
    }
}
