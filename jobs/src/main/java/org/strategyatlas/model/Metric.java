package org.strategyatlas.model;

import java.util.Objects;

/** An entry of the metric catalogue: money or count, and whether it means anything per inhabitant. */
public record Metric(String metric, MetricType type, boolean perCapita, String label, String description)
        implements java.io.Serializable {

    public Metric {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(description, "description");
    }
}
