package org.strategyatlas.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.Source;
import org.strategyatlas.model.TaxonomyEntry;

/**
 * Rows that are fine in themselves but refer to a rejected row (a figure of a rejected initiative) cannot be
 * used either. Finds them, to a fixed point, so that a lenient run never keeps a dangling reference and
 * every row not used is listed with its reason.
 */
final class Cascade {

    private final Set<String> badRows;
    private final List<InputProblem> consequences = new ArrayList<>();

    /** @param badRows "file:line" of the rows already rejected; rows found here are added to it */
    Cascade(Set<String> badRows) {
        this.badRows = badRows;
    }

    List<InputProblem> consequences() {
        return consequences;
    }

    void run(Parsed<Source> sources, Parsed<Metric> metrics, Parsed<TaxonomyEntry> taxonomy,
             Parsed<Initiative> initiatives, Parsed<Figure> figures, Parsed<Attribute> attributes) {
        Set<String> badSources = rejected(sources, Source::id, "id");
        Set<String> badMetrics = rejected(metrics, Metric::metric, "metric");
        Set<String> goodAttributes = new HashSet<>();
        for (int i = 0; i < taxonomy.records().size(); i++) {
            if (!bad(taxonomy, i)) {
                goodAttributes.add(taxonomy.records().get(i).attribute());
            }
        }
        Set<String> badInitiatives = rejected(initiatives, Initiative::id, "id");
        boolean changed = true;
        while (changed) { // contained_in chains: a rejected parent rejects its children, and theirs
            changed = false;
            for (int i = 0; i < initiatives.records().size(); i++) {
                Initiative it = initiatives.records().get(i);
                if (!bad(initiatives, i) && (reject(initiatives, i, "source", it.source(), badSources, "source")
                        || reject(initiatives, i, "contained_in", it.containedIn(), badInitiatives, "initiative")
                        || reject(initiatives, i, "superseded_by", it.supersededBy(), badInitiatives, "initiative")
                        || reject(initiatives, i, "ai_share_source", it.aiShareSource(), badSources, "source"))) {
                    badInitiatives.add(it.id());
                    changed = true;
                }
            }
        }
        for (int i = 0; i < figures.records().size(); i++) {
            Figure f = figures.records().get(i);
            // the first rejected reference found is the reason given
            if (!bad(figures, i) && !reject(figures, i, "initiative", f.initiative(), badInitiatives, "initiative")
                    && !reject(figures, i, "metric", f.metric(), badMetrics, "metric")) {
                reject(figures, i, "source", f.source(), badSources, "source");
            }
        }
        Set<String> badFigures = rejected(figures, Figure::id, "id");
        changed = true;
        while (changed) { // superseded_by chains: a figure replaced by a rejected figure is not used either
            changed = false;
            for (int i = 0; i < figures.records().size(); i++) {
                Figure f = figures.records().get(i);
                if (!bad(figures, i) && reject(figures, i, "superseded_by", f.supersededBy(), badFigures, "figure")) {
                    badFigures.add(f.id());
                    changed = true;
                }
            }
        }
        for (int i = 0; i < attributes.records().size(); i++) {
            Attribute a = attributes.records().get(i);
            if (!bad(attributes, i) && !reject(attributes, i, "initiative", a.initiative(), badInitiatives,
                    "initiative") && !reject(attributes, i, "source", a.source(), badSources, "source")
                    && !goodAttributes.contains(a.attribute())) {
                add(attributes, i, "attribute", a.attribute(), "attribute");
            }
        }
    }

    private <T> Set<String> rejected(Parsed<T> parsed, Function<T, String> key, String column) {
        Set<String> keys = new HashSet<>(parsed.rejectedCells(column));
        for (int i = 0; i < parsed.records().size(); i++) {
            if (bad(parsed, i)) {
                keys.add(key.apply(parsed.records().get(i)));
            }
        }
        return keys;
    }

    private boolean reject(Parsed<?> parsed, int index, String column, String value, Set<String> rejected,
                           String what) {
        if (value.isEmpty() || !rejected.contains(value)) {
            return false;
        }
        add(parsed, index, column, value, what);
        return true;
    }

    private void add(Parsed<?> parsed, int index, String column, String value, String what) {
        consequences.add(new InputProblem(parsed.file(), parsed.lineOf(index), parsed.columnNumber(column), column,
                value, "not used: its " + what + " '" + value + "' was rejected",
                "the " + what + "'s own row fixed (its problem is listed too)"));
        badRows.add(parsed.file() + ":" + parsed.lineOf(index));
    }

    private boolean bad(Parsed<?> parsed, int index) {
        return badRows.contains(parsed.file() + ":" + parsed.lineOf(index));
    }
}
