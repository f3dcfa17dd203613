package org.strategyatlas.ingest;

import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.MetricType;
import org.strategyatlas.model.Source;
import org.strategyatlas.model.TaxonomyEntry;

/**
 * The checks that need more than one row: unique ids, references between files, known jurisdictions and
 * currencies, metric types, and no cycles in {@code contained_in}. Each problem names the row it is on.
 */
final class CrossChecks {

    private final List<InputProblem> problems = new ArrayList<>();

    List<InputProblem> problems() {
        return problems;
    }

    private void add(Parsed<?> parsed, int index, int columnIndex, String column, String value, String message,
                     String expected) {
        problems.add(new InputProblem(parsed.file(), parsed.lineOf(index), columnIndex, column, value, message,
                expected));
    }

    private void add(Parsed<?> parsed, int index, String column, String value, String message,
                     String expected) {
        add(parsed, index, parsed.columnNumber(column), column, value, message, expected);
    }

    /** Reports every record whose key was already used, pointing at the first use. */
    <T> Map<String, T> unique(Parsed<T> parsed, String column, Function<T, String> key) {
        Map<String, T> byKey = new HashMap<>();
        Map<String, Long> firstLine = new HashMap<>();
        for (int i = 0; i < parsed.records().size(); i++) {
            T record = parsed.records().get(i);
            String k = key.apply(record);
            if (byKey.putIfAbsent(k, record) != null) {
                add(parsed, i, column, k, "duplicate " + column + " (first used on line "
                        + firstLine.get(k) + ")", "a value not used by another row");
            } else {
                firstLine.put(k, parsed.lineOf(i));
            }
        }
        return byKey;
    }

    void taxonomyHasEnglish(Parsed<TaxonomyEntry> taxonomy) {
        Set<String> english = new HashSet<>();
        taxonomy.records().stream().filter(t -> t.language().equals("en")).forEach(t -> english.add(t.attribute()));
        Set<String> reported = new HashSet<>();
        for (int i = 0; i < taxonomy.records().size(); i++) {
            String attribute = taxonomy.records().get(i).attribute();
            if (!english.contains(attribute) && reported.add(attribute)) {
                add(taxonomy, i, "attribute", attribute, "attribute has no English (en) row",
                        "a row with language en for every attribute");
            }
        }
    }

    void initiatives(Parsed<Initiative> initiatives, Set<String> economies, Set<String> sources,
                     Map<String, Initiative> byId, Set<String> initiativeIds) {
        for (int i = 0; i < initiatives.records().size(); i++) {
            Initiative it = initiatives.records().get(i);
            if (!economies.contains(it.jurisdiction())) {
                add(initiatives, i, "jurisdiction", it.jurisdiction(), "unknown jurisdiction",
                        "an economy code of data/reference/economies.csv (ISO 3166-1 alpha-3, or EUU for the EU)");
            }
            checkSource(initiatives, i, it.source(), sources);
            if (!it.containedIn().isEmpty()) {
                if (it.containedIn().equals(it.id())) {
                    add(initiatives, i, "contained_in", it.containedIn(),
                            "initiative is contained in itself", "the id of a larger initiative");
                } else if (!initiativeIds.contains(it.containedIn())) {
                    add(initiatives, i, "contained_in", it.containedIn(),
                            "unknown initiative", "an id in data/initiatives.csv");
                }
            }
            for (String other : it.overlapsWith()) {
                if (!initiativeIds.contains(other) || other.equals(it.id())) {
                    add(initiatives, i, "overlaps_with", String.join(";", it.overlapsWith()),
                            other.equals(it.id()) ? "initiative overlaps with itself" : "unknown initiative '" + other
                                    + "'", "ids of other initiatives in data/initiatives.csv");
                }
            }
        }
        containmentCycles(initiatives, byId);
    }

    private void containmentCycles(Parsed<Initiative> initiatives, Map<String, Initiative> byId) {
        for (int i = 0; i < initiatives.records().size(); i++) {
            Initiative start = initiatives.records().get(i);
            List<String> path = new ArrayList<>(List.of(start.id()));
            Initiative current = start;
            while (!current.containedIn().isEmpty() && byId.containsKey(current.containedIn())
                    && !current.containedIn().equals(current.id())) {
                current = byId.get(current.containedIn());
                path.add(current.id());
                if (current.id().equals(start.id())) {
                    add(initiatives, i, "contained_in", start.containedIn(),
                            "contained_in forms a cycle: " + String.join(" -> ", path),
                            "a chain of contained_in that ends at an initiative contained in nothing");
                    break;
                }
                if (path.size() > byId.size() + 1) {
                    break; // a cycle not through start; reported from one of its own members
                }
            }
        }
    }

    void figures(Parsed<Figure> figures, Set<String> initiatives, Map<String, Metric> metrics, Set<String> metricIds,
                 Set<String> sources) {
        for (int i = 0; i < figures.records().size(); i++) {
            Figure f = figures.records().get(i);
            if (!initiatives.contains(f.initiative())) {
                add(figures, i, "initiative", f.initiative(), "unknown initiative",
                        "an id in data/initiatives.csv");
            }
            checkSource(figures, i, f.source(), sources);
            Metric metric = metrics.get(f.metric());
            if (metric == null) {
                if (metricIds.contains(f.metric())) {
                    continue; // the metric's own row is broken and reported
                }
                add(figures, i, "metric", f.metric(), "unknown metric",
                        "a metric in data/metrics.csv");
                continue;
            }
            if (metric.type() == MetricType.COUNT) {
                if (!f.isCount()) {
                    add(figures, i, "unit", f.unit(), "metric '" + f.metric() + "' is a count",
                            "unit count");
                }
                if (f.basis() != null) {
                    add(figures, i, "basis", f.basis().code(), "a count has no basis",
                            "an empty basis (basis describes money)");
                }
                if (f.funding() != null) {
                    add(figures, i, "funding", f.funding().code(), "a count has no funding",
                            "an empty funding (funding describes money)");
                }
            } else {
                if (f.isCount() || !isCurrency(f.unit())) {
                    add(figures, i, "unit", f.unit(), "unknown currency for money metric '"
                            + f.metric() + "'", "an ISO 4217 currency code such as EUR, USD, GBP, INR");
                }
                if (f.basis() == null) {
                    add(figures, i, "basis", "", "money needs a basis",
                            "appropriation, pledge, mobilisation_target, ... (see data/README.md)");
                }
                if (f.funding() == null) {
                    add(figures, i, "funding", "", "money needs a funding",
                            "public, private, mixed or sovereign_fund");
                }
            }
        }
    }

    void attributes(Parsed<Attribute> attributes, Set<String> initiatives, Set<String> taxonomy,
                    Set<String> sources) {
        for (int i = 0; i < attributes.records().size(); i++) {
            Attribute a = attributes.records().get(i);
            if (!initiatives.contains(a.initiative())) {
                add(attributes, i, "initiative", a.initiative(), "unknown initiative",
                        "an id in data/initiatives.csv");
            }
            if (!taxonomy.contains(a.attribute())) {
                add(attributes, i, "attribute", a.attribute(), "unknown attribute",
                        "an attribute code in data/taxonomy.csv");
            }
            checkSource(attributes, i, a.source(), sources);
        }
    }

    void sourceFiles(Parsed<Source> sources) {
        for (int i = 0; i < sources.records().size(); i++) {
            String file = sources.records().get(i).file();
            String unsafe = SourceTexts.unsafePath(file);
            if (unsafe != null) {
                add(sources, i, "file", file, "file is " + unsafe,
                        "a file name relative to seeds/, inside it");
            }
        }
    }

    private void checkSource(Parsed<?> parsed, int index, String source, Set<String> sources) {
        if (!sources.contains(source)) {
            add(parsed, index, "source", source, "unknown source", "an id in seeds/sources.csv");
        }
    }

    static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
