package org.strategyatlas.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.strategyatlas.SharedSpark;
import org.strategyatlas.CuratedData;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.reference.ReferenceData;

/** Spark applies the rules and nothing else: every cell of every curated figure equals the pure-Java result. */
class SparkMatchesRulesTest {

    @Test
    void everyCuratedFigureNormalisesTheSameOnSparkAndInJava() throws Exception {
        ReferenceData reference = CuratedData.reference();
        LoadedDataset loaded = CuratedData.dataset();
        SparkSession spark = SharedSpark.session();
        for (String currency : List.of("USD", "EUR")) {
            Normaliser normaliser = new Normaliser(reference, 2025, currency);
            Dataset<Row> frame = FigureFrame.of(spark, loaded.dataset());
            List<Row> viaSpark = NormaliseStep.apply(frame,
                    JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(normaliser))
                    .orderBy("figure_id").collectAsList();
            Map<String, NormalisedFigure> viaJava = new HashMap<>();
            for (Row row : frame.collectAsList()) {
                NormalisedFigure n = normaliser.normalise(FigureFrame.input(row));
                viaJava.put(n.input().figureId(), n);
            }

            assertEquals(loaded.dataset().figures().size(), viaSpark.size());
            for (Row row : viaSpark) {
                NormalisedFigure expected = viaJava.get(row.getString(row.fieldIndex("figure_id")));
                for (Measure m : Measure.values()) {
                    String column = m.column(currency);
                    assertEquals(expected.get(m).low(), (Double) row.getAs(column + "_low"), column + "_low");
                    assertEquals(expected.get(m).high(), (Double) row.getAs(column + "_high"), column + "_high");
                }
                assertEquals(expected.status(), row.getAs("status"));
            }
        }
    }
}
