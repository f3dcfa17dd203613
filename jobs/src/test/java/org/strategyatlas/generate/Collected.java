package org.strategyatlas.generate;

import java.util.ArrayList;
import java.util.List;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Source;

/** Keeps every generated record, for tests of small datasets. */
final class Collected implements RecordSink {

    final List<Source> sources = new ArrayList<>();
    final List<Initiative> initiatives = new ArrayList<>();
    final List<Figure> figures = new ArrayList<>();
    final List<Attribute> attributes = new ArrayList<>();

    @Override
    public void source(Source source) {
        sources.add(source);
    }

    @Override
    public void initiative(Initiative initiative) {
        initiatives.add(initiative);
    }

    @Override
    public void figure(Figure figure) {
        figures.add(figure);
    }

    @Override
    public void attribute(Attribute attribute) {
        attributes.add(attribute);
    }
}
