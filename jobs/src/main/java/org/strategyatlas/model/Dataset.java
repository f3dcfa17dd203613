package org.strategyatlas.model;

import java.util.List;

/** The curated dataset after ingest: every row checked, every reference resolved. */
public record Dataset(List<Source> sources, List<Initiative> initiatives, List<Figure> figures,
                      List<Attribute> attributes, List<TaxonomyEntry> taxonomy, List<Metric> metrics) {

    public Dataset {
        sources = List.copyOf(sources);
        initiatives = List.copyOf(initiatives);
        figures = List.copyOf(figures);
        attributes = List.copyOf(attributes);
        taxonomy = List.copyOf(taxonomy);
        metrics = List.copyOf(metrics);
    }
}
