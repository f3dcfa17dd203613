package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.strategyatlas.model.Initiative;

/**
 * What the country comparison says of a jurisdiction's initiatives: how many, and the pairs stated to share
 * money ("a~b", in id order). At most {@value #MAX_PAIRS} pairs are named and the rest counted, so a cell stays
 * readable (and under a spreadsheet's 32,767 characters) however many initiatives a dataset holds; the full
 * lists are in the validated initiatives table ({@code overlaps_with}).
 */
public record JurisdictionInitiatives(long initiatives, List<String> pairs, long allPairs) {

    static final int MAX_PAIRS = 15;

    public JurisdictionInitiatives {
        pairs = List.copyOf(pairs);
    }

    /** The overlaps cell: the pairs named, then how many more there are. */
    String overlaps() {
        String named = String.join(";", pairs);
        return allPairs > pairs.size() ? named + ";(" + (allPairs - pairs.size()) + " more pairs)" : named;
    }

    /** From initiatives held by the driver, by jurisdiction. */
    public static Map<String, JurisdictionInitiatives> of(List<Initiative> initiatives) {
        Map<String, Long> counts = new TreeMap<>();
        Map<String, TreeSet<String>> pairs = new TreeMap<>();
        for (Initiative i : initiatives) {
            counts.merge(i.jurisdiction(), 1L, Long::sum);
            TreeSet<String> own = pairs.computeIfAbsent(i.jurisdiction(), j -> new TreeSet<>());
            i.overlapsWith().forEach(other -> own.add(i.id() + "~" + other));
        }
        Map<String, JurisdictionInitiatives> result = new TreeMap<>();
        counts.forEach((j, n) -> {
            List<String> all = new ArrayList<>(pairs.get(j));
            result.put(j, new JurisdictionInitiatives(n, all.subList(0, Math.min(MAX_PAIRS, all.size())),
                    all.size()));
        });
        return result;
    }

    /** From a Spark frame of initiatives with {@code id, jurisdiction, _overlaps}: only aggregates reach the driver. */
    public static Map<String, JurisdictionInitiatives> of(Dataset<Row> initiatives) {
        Map<String, JurisdictionInitiatives> result = new TreeMap<>();
        Map<String, Long> allPairs = new TreeMap<>();
        Dataset<Row> pairs = initiatives.filter(col("id").isNotNull())
                .select(col("jurisdiction"), col("id"), explode(col("_overlaps")).as("_other"))
                .select(col("jurisdiction"), concat(col("id"), lit("~"), col("_other")).as("pair")).distinct();
        for (Row r : Collected.rows(pairs.groupBy("jurisdiction").agg(count(lit(1))), "overlap counts")) {
            allPairs.put(r.getString(0), r.getLong(1));
        }
        Map<String, List<String>> named = new TreeMap<>();
        Dataset<Row> first = pairs.withColumn("_n", row_number().over(Window.partitionBy("jurisdiction")
                .orderBy("pair"))).filter(col("_n").leq(MAX_PAIRS)).orderBy("jurisdiction", "pair");
        for (Row r : first.select("jurisdiction", "pair").limit(Collected.MAX_ROWS).collectAsList()) {
            named.computeIfAbsent(r.getString(0), j -> new ArrayList<>()).add(r.getString(1));
        }
        for (Row r : Collected.rows(initiatives.filter(col("id").isNotNull()).groupBy("jurisdiction")
                .agg(count(lit(1))), "initiative counts")) {
            String j = r.getString(0);
            result.put(j, new JurisdictionInitiatives(r.getLong(1), named.getOrDefault(j, List.of()),
                    allPairs.getOrDefault(j, 0L)));
        }
        return result;
    }
}
