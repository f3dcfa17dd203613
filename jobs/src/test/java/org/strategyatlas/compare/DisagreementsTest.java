package org.strategyatlas.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.strategyatlas.SharedSpark;
import org.strategyatlas.normalise.FigureFrame;
import org.strategyatlas.publish.Table;

/** The disagreements of a dataset read on the driver are all kept, however many there are. */
class DisagreementsTest {

    private static final StructType FIGURES = new StructType()
            .add("figure_id", DataTypes.StringType).add("initiative_id", DataTypes.StringType)
            .add("jurisdiction", DataTypes.StringType).add("metric", DataTypes.StringType)
            .add("kind", DataTypes.StringType).add("unit", DataTypes.StringType)
            .add("basis", DataTypes.StringType).add("low", FigureFrame.AMOUNT).add("high", FigureFrame.AMOUNT)
            .add("source", DataTypes.StringType);

    @Test
    void moreDisagreementsThanAnAggregateAreAllListed() {
        // 6,000 initiatives, each stated as 10 by source a and as 10 + i by source b: i = 0 agrees, the rest differ
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            String initiative = String.format("i-%05d", i);
            rows.add(figure(initiative + "-a", initiative, 10, "a"));
            rows.add(figure(initiative + "-b", initiative, 10 + i, "b"));
        }
        Table t = Disagreements.build(SharedSpark.session().createDataFrame(rows, FIGURES));

        assertEquals(5_999, t.rows().size());
        assertTrue(t.complete());
        List<Object> last = t.rows().get(5_998);
        assertEquals("i-05999", last.get(t.columnIndex("initiative_id")));
        assertEquals("10 [a]; 6009 [b]", last.get(t.columnIndex("values")));
    }

    private static Row figure(String id, String initiative, long amount, String source) {
        BigDecimal value = BigDecimal.valueOf(amount);
        return RowFactory.create(id, initiative, "FRA", "participants", "achieved", "count", null, value, value,
                source);
    }
}
