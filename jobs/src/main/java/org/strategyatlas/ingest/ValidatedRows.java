package org.strategyatlas.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Coded;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;

/**
 * The validated records as output rows: the input columns in their documented order, then what ingest derived
 * ({@code horizon_years}, {@code quote_verified}). One definition for the tables a run publishes, whether the
 * records were read on the driver or by Spark's executors ({@link SparkIngest}).
 */
public final class ValidatedRows {

    /** Amounts keep 6 digits after the point, as the normalisation frame does. */
    public static final DataType AMOUNT = DataTypes.createDecimalType(38, 6);

    public static final StructType INITIATIVES = schema(DataFile.INITIATIVES, List.of("horizon_years"),
            List.of("start_year", "end_year", "horizon_years"), List.of("ai_share_low", "ai_share_high"));
    public static final StructType FIGURES = schema(DataFile.FIGURES, List.of("quote_verified"),
            List.of("price_year"), List.of("low", "high"));
    public static final StructType ATTRIBUTES = schema(DataFile.ATTRIBUTES, List.of("quote_verified"), List.of(),
            List.of());

    private ValidatedRows() {
    }

    public static List<Object> initiative(Initiative i) {
        return cells(i.id(), i.jurisdiction(), i.name(), i.kind().code(), i.announced(), i.startYear(), i.endYear(),
                i.horizonKind().code(), i.containedIn(), String.join(";", i.overlapsWith()), i.scopeNote(),
                i.source(), i.notes(), i.scope().code(), i.aiShareLow(), i.aiShareHigh(), i.aiShareSource(),
                i.supersededBy(), i.horizonYears().isPresent() ? i.horizonYears().getAsInt() : null);
    }

    public static List<Object> figure(Figure f, QuoteStatus quote) {
        return cells(f.id(), f.initiative(), f.metric(), f.asStated(), f.language(), f.low(), f.high(), f.unit(),
                f.qualifier().code(), code(f.basis()), code(f.funding()), f.kind().code(), f.priceYear(), f.asOf(),
                f.source(), f.notes(), f.supersededBy(), quote.cell());
    }

    public static List<Object> attribute(Attribute a, QuoteStatus quote) {
        return cells(a.initiative(), a.attribute(), a.source(), a.evidence(), a.language(), quote.cell());
    }

    /** The output columns of {@code file}'s validated table. */
    public static List<String> columns(DataFile file) {
        List<String> columns = new ArrayList<>(file.columns());
        columns.add(file == DataFile.INITIATIVES ? "horizon_years" : "quote_verified");
        return columns;
    }

    private static StructType schema(DataFile file, List<String> extra, List<String> integers, List<String> amounts) {
        StructType schema = new StructType();
        List<String> columns = new ArrayList<>(file.columns());
        columns.addAll(extra);
        for (String column : columns) {
            DataType type = integers.contains(column) ? DataTypes.IntegerType
                    : amounts.contains(column) ? AMOUNT : DataTypes.StringType;
            schema = schema.add(column, type, true);
        }
        return schema;
    }

    private static List<Object> cells(Object... cells) {
        return Arrays.asList(Arrays.stream(cells).map(c -> c == null ? null : c instanceof String
                || c instanceof Number || c instanceof Boolean ? c : c.toString()).toArray());
    }

    private static String code(Coded value) {
        return value == null ? "" : value.code();
    }
}
