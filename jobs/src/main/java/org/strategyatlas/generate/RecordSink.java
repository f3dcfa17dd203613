package org.strategyatlas.generate;

import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Source;

/**
 * Receives the records of a generated dataset one at a time, as they are made: the generator never holds the
 * dataset, so what a sink keeps is up to it (the CSV writer keeps nothing).
 */
public interface RecordSink {

    void source(Source source);

    void initiative(Initiative initiative);

    void figure(Figure figure);

    void attribute(Attribute attribute);

    /** A sink that ignores everything. */
    RecordSink NONE = new RecordSink() {
        @Override
        public void source(Source source) {
        }

        @Override
        public void initiative(Initiative initiative) {
        }

        @Override
        public void figure(Figure figure) {
        }

        @Override
        public void attribute(Attribute attribute) {
        }
    };
}
