package org.strategyatlas.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.Source;
import org.strategyatlas.model.TaxonomyEntry;

/**
 * The result of {@link SparkIngest}: the catalogues on the driver, the validated records as Spark frames of
 * {@link ValidatedRows} columns (plus {@code _line}, {@code _key}; initiatives also {@code _overlaps} and
 * {@code _announced_year}), and the counts per file. The frames are persisted; {@link #release()} frees them.
 */
public record SparkDataset(List<Source> sources, List<Metric> metrics, List<TaxonomyEntry> taxonomy,
                           Dataset<Row> initiatives, Dataset<Row> figures, Dataset<Row> attributes,
                           List<FileCount> counts) {

    public SparkDataset {
        sources = List.copyOf(sources);
        metrics = List.copyOf(metrics);
        taxonomy = List.copyOf(taxonomy);
        counts = List.copyOf(counts);
    }

    public void release() {
        initiatives.unpersist();
        figures.unpersist();
        attributes.unpersist();
    }
}
