package org.strategyatlas.compare;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.TaxonomyEntry;
import org.strategyatlas.publish.Column;
import org.strategyatlas.publish.Table;

/** {@code attributes_matrix}: jurisdictions × taxonomy attributes, each cell the number of initiatives. */
public final class AttributesMatrix {

    private static final StructType SCHEMA = new StructType()
            .add("jurisdiction", DataTypes.StringType, false)
            .add("initiative", DataTypes.StringType, false)
            .add("attribute", DataTypes.StringType, false);

    private AttributesMatrix() {
    }

    /** The (jurisdiction, initiative, attribute) rows of a dataset held by the driver, as a Spark frame. */
    public static Dataset<Row> pairs(SparkSession spark, org.strategyatlas.model.Dataset data) {
        Map<String, Initiative> initiatives = data.initiatives().stream()
                .collect(Collectors.toMap(Initiative::id, Function.identity()));
        List<Row> pairs = new ArrayList<>();
        for (Attribute a : data.attributes()) {
            pairs.add(RowFactory.create(initiatives.get(a.initiative()).jurisdiction(), a.initiative(), a.attribute()));
        }
        return spark.createDataFrame(pairs, SCHEMA);
    }

    /**
     * @param pairs         jurisdiction, initiative, attribute: one row per attribute of an initiative
     * @param jurisdictions every jurisdiction with an initiative (a row each, attributes or not)
     */
    public static Table build(Dataset<Row> pairs, List<TaxonomyEntry> taxonomy, Collection<String> jurisdictions) {
        List<Row> counts = Collected.rows(pairs.groupBy("jurisdiction", "attribute")
                .agg(countDistinct(col("initiative")).as("initiatives")), "attribute counts");

        List<String> attributes = new ArrayList<>(new TreeSet<>(taxonomy.stream()
                .map(TaxonomyEntry::attribute).toList()));
        Map<String, Map<String, Long>> cells = new TreeMap<>();
        jurisdictions.forEach(j -> cells.computeIfAbsent(j, k -> new TreeMap<>()));
        for (Row r : counts) {
            cells.get(r.getString(0)).put(r.getString(1), r.getLong(2));
        }
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("jurisdiction", "ISO 3166-1 alpha-3, or EUU for the EU"));
        for (String attribute : attributes) {
            columns.add(Column.integer(attribute, "initiatives", "initiatives of the jurisdiction with attribute "
                    + attribute));
        }
        List<List<Object>> rows = new ArrayList<>();
        cells.forEach((jurisdiction, byAttribute) -> {
            List<Object> row = new ArrayList<>();
            row.add(jurisdiction);
            attributes.forEach(a -> row.add(byAttribute.getOrDefault(a, 0L)));
            rows.add(row);
        });
        return new Table("attributes_matrix", "Initiative attributes by jurisdiction", columns, rows);
    }
}
