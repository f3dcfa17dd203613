package org.strategyatlas.model;

/** Whether a metric is an amount of money or a count of things. */
public enum MetricType implements Coded {
    MONEY, COUNT
}
