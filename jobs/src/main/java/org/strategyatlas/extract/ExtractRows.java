package org.strategyatlas.extract;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strategyatlas.publish.CsvTableWriter;

/**
 * The rows the Spark job carries: one per candidate, one per unreadable or skipped file, and one per partition with
 * its count of documents read. {@code kind} orders them, so the driver meets the counts and problems before the
 * candidates, which come sorted by document and offset. Bounds travel as plain decimal text, exactly.
 */
final class ExtractRows {

    static final int COUNT = 0;
    static final int PROBLEM = 1;
    static final int SKIPPED = 2;
    static final int CANDIDATE = 3;

    static final StructType SCHEMA = new StructType()
            .add("kind", DataTypes.IntegerType, false)
            .add("document", DataTypes.StringType, false)
            .add("line", DataTypes.IntegerType, false)
            .add("offset", DataTypes.LongType, false)
            .add("quote", DataTypes.StringType, true)
            .add("low", DataTypes.StringType, true)
            .add("high", DataTypes.StringType, true)
            .add("unit", DataTypes.StringType, true)
            .add("noun", DataTypes.StringType, true)
            .add("qualifier", DataTypes.StringType, true)
            .add("language", DataTypes.StringType, true)
            .add("metric", DataTypes.StringType, true)
            .add("jurisdictions", DataTypes.StringType, true)
            .add("attributes", DataTypes.StringType, true)
            .add("sentence", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true);

    private ExtractRows() {
    }

    static Row of(Candidate c) {
        return RowFactory.create(CANDIDATE, c.document(), c.line(), c.offset(), c.quote(), plain(c.low()),
                plain(c.high()), c.unit(), c.noun(), c.qualifier(), c.language(), c.metric(),
                String.join(Candidate.LIST_SEPARATOR, c.jurisdictions()),
                String.join(Candidate.LIST_SEPARATOR, c.attributes()), c.sentence(), null);
    }

    static Row problem(int kind, String document, String reason) {
        return RowFactory.create(kind, document, 0, 0L, null, null, null, null, null, null, null, null, null, null,
                null, reason);
    }

    static Row count(long documents) {
        return RowFactory.create(COUNT, "", 0, documents, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static Candidate candidate(Row row) {
        return new Candidate(row.getString(1), row.getInt(2), row.getLong(3), row.getString(4),
                decimal(row.getString(5)), decimal(row.getString(6)), row.getString(7), row.getString(8),
                row.getString(9), row.getString(10), row.getString(11), codes(row.getString(12)),
                codes(row.getString(13)), row.getString(14));
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : CsvTableWriter.plain(value);
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static List<String> codes(String cell) {
        return cell.isEmpty() ? List.of() : Arrays.asList(cell.split(Candidate.LIST_SEPARATOR));
    }
}
