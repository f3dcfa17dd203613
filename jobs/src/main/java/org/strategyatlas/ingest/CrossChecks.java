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
            At at = At.of(initiatives, i);
            initiative(at, it, economies, sources);
            if (!it.containedIn().isEmpty() && !it.containedIn().equals(it.id())
                    && !initiativeIds.contains(it.containedIn())) {
                unknownContainer(at, it.containedIn());
            }
            for (String other : it.overlapsWith()) {
                if (!other.equals(it.id()) && !initiativeIds.contains(other)) {
                    unknownOverlap(at, it, other);
                }
            }
            if (!it.supersededBy().isEmpty() && !it.supersededBy().equals(it.id())
                    && !initiativeIds.contains(it.supersededBy())) {
                add(at, "superseded_by", it.supersededBy(), "unknown initiative", "an id in data/initiatives.csv");
            }
            Initiative whole = byId.get(it.containedIn());
            if (whole != null && whole != it) {
                periodWithinWhole(at, it, whole);
            }
        }
        containmentCycles(initiatives, byId);
    }

    /** A part's years lie within its whole's, where both state them. */
    void periodWithinWhole(At at, Initiative part, Initiative whole) {
        if (part.startYear() != null && whole.startYear() != null && part.startYear() < whole.startYear()) {
            add(at, "start_year", part.startYear().toString(), "a part starts before its whole '" + whole.id()
                    + "' (" + whole.startYear() + ")", "a start_year within the years of the initiative in"
                    + " contained_in, or overlaps_with instead of contained_in");
        }
        if (part.endYear() != null && whole.endYear() != null && part.endYear() > whole.endYear()) {
            add(at, "end_year", part.endYear().toString(), "a part ends after its whole '" + whole.id()
                    + "' (" + whole.endYear() + ")", "an end_year within the years of the initiative in"
                    + " contained_in, or overlaps_with instead of contained_in");
        }
    }

    /**
     * A part is no larger than its whole: in each currency, the smallest amount stated for the part (its low, or its
     * high when it has no low) must not exceed the largest stated for the whole (its high; an open-ended "at least"
     * whole has no largest). Investment figures of kind total only, neither cancelled nor superseded.
     */
    void partsWithinWholes(Parsed<Initiative> initiatives, Map<String, Initiative> byId, List<Figure> figures) {
        Map<String, Map<String, Figure>> smallest = new HashMap<>();
        Map<String, Map<String, Figure>> largest = new HashMap<>();
        for (Figure f : figures) {
            if (!f.statesSize()) {
                continue;
            }
            java.math.BigDecimal lowest = f.low() != null ? f.low() : f.high();
            smallest.computeIfAbsent(f.initiative(), k -> new HashMap<>()).merge(f.unit(), f,
                    (a, b) -> {
                        int c = lowest.compareTo(a.low() != null ? a.low() : a.high());
                        return c < 0 || c == 0 && b.id().compareTo(a.id()) < 0 ? b : a;
                    });
            if (f.high() != null) {
                largest.computeIfAbsent(f.initiative(), k -> new HashMap<>()).merge(f.unit(), f,
                        (a, b) -> {
                            int c = b.high().compareTo(a.high());
                            return c > 0 || c == 0 && b.id().compareTo(a.id()) < 0 ? b : a;
                        });
            }
        }
        for (int i = 0; i < initiatives.records().size(); i++) {
            Initiative part = initiatives.records().get(i);
            if (part.containedIn().isEmpty() || byId.get(part.containedIn()) == null) {
                continue;
            }
            Map<String, Figure> ofWhole = largest.getOrDefault(part.containedIn(), Map.of());
            for (Map.Entry<String, Figure> e : new java.util.TreeMap<>(smallest.getOrDefault(part.id(), Map.of()))
                    .entrySet()) {
                Figure p = e.getValue();
                Figure w = ofWhole.get(e.getKey());
                java.math.BigDecimal amount = p.low() != null ? p.low() : p.high();
                if (w != null && amount.compareTo(w.high()) > 0) {
                    add(At.of(initiatives, i), "contained_in", part.containedIn(), partLarger(e.getKey(), amount,
                            p.id(), w.high(), w.id()), PART_EXPECTED);
                }
            }
        }
    }

    static final String PART_EXPECTED = "a part no larger than the initiative in contained_in (check both"
            + " amounts), or overlaps_with instead of contained_in";

    static String partLarger(String unit, java.math.BigDecimal part, String partFigure, java.math.BigDecimal whole,
                             String wholeFigure) {
        return "a part larger than its whole: " + unit + " " + part.stripTrailingZeros().toPlainString()
                + " (figure " + partFigure + ") above " + unit + " " + whole.stripTrailingZeros().toPlainString()
                + " (figure " + wholeFigure + ")";
    }

    /**
     * Warnings for two initiatives of one jurisdiction, both with investment money ({@code withMoney}), where one
     * names the other in its notes (by id, or by a name of at least {@value #MENTION_MIN} characters) and neither
     * {@code contained_in}, {@code overlaps_with} nor {@code superseded_by} links them: a part not linked to its
     * whole is money counted twice.
     */
    static List<InputProblem> unlinkedMentions(Parsed<Initiative> initiatives, Set<String> withMoney) {
        Map<String, List<Integer>> byJurisdiction = new java.util.TreeMap<>();
        List<Initiative> records = initiatives.records();
        for (int i = 0; i < records.size(); i++) {
            byJurisdiction.computeIfAbsent(records.get(i).jurisdiction(), k -> new ArrayList<>()).add(i);
        }
        List<InputProblem> warnings = new ArrayList<>();
        for (List<Integer> rows : byJurisdiction.values()) {
            for (int a : rows) {
                Initiative it = records.get(a);
                String notes = it.notes().toLowerCase(java.util.Locale.ROOT);
                if (notes.isEmpty() || !withMoney.contains(it.id())) {
                    continue;
                }
                for (int b : rows) {
                    Initiative other = records.get(b);
                    if (a == b || !withMoney.contains(other.id()) || linked(it, other) || linked(other, it)) {
                        continue;
                    }
                    String name = other.name().toLowerCase(java.util.Locale.ROOT);
                    if (notes.contains(other.id()) || name.length() >= MENTION_MIN && notes.contains(name)) {
                        At at = At.of(initiatives, a);
                        warnings.add(new InputProblem(at.file(), at.line(), at.header().indexOf("notes") + 1,
                                "notes", other.id(), "the notes name initiative '" + other.id() + "' but no"
                                        + " contained_in, overlaps_with or superseded_by links the two",
                                "contained_in when one is part of the other, overlaps_with when they share money,"
                                        + " superseded_by when one replaces the other"));
                    }
                }
            }
        }
        return warnings;
    }

    static final int MENTION_MIN = 12;

    private static boolean linked(Initiative a, Initiative b) {
        return a.containedIn().equals(b.id()) || a.overlapsWith().contains(b.id()) || a.supersededBy().equals(b.id());
    }

    /** Every {@code superseded_by} of a figure names a figure, and no chain of them comes back to where it began. */
    void supersededFigures(Parsed<Figure> figures, Set<String> figureIds) {
        List<At> ats = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String> next = new HashMap<>();
        for (int i = 0; i < figures.records().size(); i++) {
            Figure f = figures.records().get(i);
            if (!f.supersededBy().isEmpty() && !f.supersededBy().equals(f.id())
                    && !figureIds.contains(f.supersededBy())) {
                add(figures, i, "superseded_by", f.supersededBy(), "unknown figure", "an id in data/figures.csv");
            }
            next.putIfAbsent(f.id(), f.supersededBy());
            if (!f.supersededBy().isEmpty()) {
                ats.add(At.of(figures, i));
                ids.add(f.id());
            }
        }
        supersessionCycles(ats, ids, next);
    }

    /** The checks of one initiative that need no other initiative: jurisdiction, source, itself as container. */
    void initiative(At at, Initiative it, Set<String> economies, Set<String> sources) {
        if (!economies.contains(it.jurisdiction())) {
            add(at, "jurisdiction", it.jurisdiction(), "unknown jurisdiction",
                    "an economy code of data/reference/economies.csv (ISO 3166-1 alpha-3, or EUU for the EU)");
        }
        checkSource(at, it.source(), sources);
        if (!it.aiShareSource().isEmpty() && !sources.contains(it.aiShareSource())) {
            add(at, "ai_share_source", it.aiShareSource(), "unknown source", "an id in seeds/sources.csv");
        }
        if (it.containedIn().equals(it.id())) {
            add(at, "contained_in", it.containedIn(), "initiative is contained in itself",
                    "the id of a larger initiative");
        }
        if (it.overlapsWith().contains(it.id())) {
            add(at, "overlaps_with", String.join(";", it.overlapsWith()), "initiative overlaps with itself",
                    "ids of other initiatives in data/initiatives.csv");
        }
    }

    void unknownContainer(At at, String containedIn) {
        add(at, "contained_in", containedIn, "unknown initiative", "an id in data/initiatives.csv");
    }

    void unknownOverlap(At at, Initiative it, String other) {
        add(at, "overlaps_with", String.join(";", it.overlapsWith()), "unknown initiative '" + other + "'",
                "ids of other initiatives in data/initiatives.csv");
    }

    private void containmentCycles(Parsed<Initiative> initiatives, Map<String, Initiative> byId) {
        List<At> ats = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        Map<String, String> parents = new HashMap<>();
        for (int i = 0; i < initiatives.records().size(); i++) {
            ats.add(At.of(initiatives, i));
            ids.add(initiatives.records().get(i).id());
        }
        byId.forEach((id, it) -> parents.put(id, it.containedIn()));
        containmentCycles(ats, ids, parents);
    }

    /**
     * Reports each initiative whose chain of {@code contained_in} comes back to it. {@code parents} maps the id of
     * every usable initiative (the first row of each id) to its {@code contained_in} ("" for none).
     */
    void containmentCycles(List<At> ats, List<String> ids, Map<String, String> parents) {
        cycles(ats, ids, parents, "contained_in", "an initiative contained in nothing");
    }

    /**
     * Reports each figure whose chain of {@code superseded_by} comes back to it (each would leave the totals for the
     * other). {@code next} maps every figure id to its {@code superseded_by} ("" for none).
     */
    void supersessionCycles(List<At> ats, List<String> ids, Map<String, String> next) {
        cycles(ats, ids, next, "superseded_by", "a figure superseded by nothing");
    }

    private void cycles(List<At> ats, List<String> ids, Map<String, String> parents, String column, String end) {
        for (int i = 0; i < ids.size(); i++) {
            String start = ids.get(i);
            List<String> path = new ArrayList<>(List.of(start));
            String current = start;
            while (!parents.get(current).isEmpty() && parents.containsKey(parents.get(current))
                    && !parents.get(current).equals(current)) {
                current = parents.get(current);
                path.add(current);
                if (current.equals(start)) {
                    add(ats.get(i), column, parents.get(start), column + " forms a cycle: " + String.join(" -> ", path),
                            "a chain of " + column + " that ends at " + end);
                    break;
                }
                if (path.size() > parents.size() + 1) {
                    break; // a cycle not through start; reported from one of its own members
                }
            }
        }
    }

    void figures(Parsed<Figure> figures, Set<String> initiatives, Map<String, Metric> metrics, Set<String> metricIds,
                 Set<String> sources) {
        for (int i = 0; i < figures.records().size(); i++) {
            Figure f = figures.records().get(i);
            At at = At.of(figures, i);
            if (!initiatives.contains(f.initiative())) {
                unknownInitiative(at, f.initiative());
            }
            figure(at, f, metrics, metricIds, sources);
        }
    }

    /** "unknown initiative" in the {@code initiative} column of a figure or attribute. */
    void unknownInitiative(At at, String initiative) {
        add(at, "initiative", initiative, "unknown initiative", "an id in data/initiatives.csv");
    }

    /** The checks of one figure that need only the small catalogues: source, metric, unit, basis, funding. */
    void figure(At at, Figure f, Map<String, Metric> metrics, Set<String> metricIds, Set<String> sources) {
        checkSource(at, f.source(), sources);
        Metric metric = metrics.get(f.metric());
        if (metric == null) {
            if (!metricIds.contains(f.metric())) { // else the metric's own row is broken and reported
                add(at, "metric", f.metric(), "unknown metric", "a metric in data/metrics.csv");
            }
            return;
        }
        if (metric.type() == MetricType.COUNT) {
            if (!f.isCount()) {
                add(at, "unit", f.unit(), "metric '" + f.metric() + "' is a count", "unit count");
            }
            if (f.basis() != null) {
                add(at, "basis", f.basis().code(), "a count has no basis", "an empty basis (basis describes money)");
            }
            if (f.funding() != null) {
                add(at, "funding", f.funding().code(), "a count has no funding",
                        "an empty funding (funding describes money)");
            }
        } else {
            if (f.isCount() || !isCurrency(f.unit())) {
                add(at, "unit", f.unit(), "unknown currency for money metric '" + f.metric() + "'",
                        "an ISO 4217 currency code such as EUR, USD, GBP, INR");
            }
            if (f.basis() == null) {
                add(at, "basis", "", "money needs a basis",
                        "appropriation, pledge, mobilisation_target, ... (see data/README.md)");
            }
            if (f.funding() == null) {
                add(at, "funding", "", "money needs a funding", "public, private, mixed or sovereign_fund");
            }
        }
    }

    void attributes(Parsed<Attribute> attributes, Set<String> initiatives, Set<String> taxonomy,
                    Set<String> sources) {
        for (int i = 0; i < attributes.records().size(); i++) {
            Attribute a = attributes.records().get(i);
            At at = At.of(attributes, i);
            if (!initiatives.contains(a.initiative())) {
                unknownInitiative(at, a.initiative());
            }
            attribute(at, a, taxonomy, sources);
        }
    }

    /** The checks of one attribute that need only the small catalogues: taxonomy code and source. */
    void attribute(At at, Attribute a, Set<String> taxonomy, Set<String> sources) {
        if (!taxonomy.contains(a.attribute())) {
            add(at, "attribute", a.attribute(), "unknown attribute", "an attribute code in data/taxonomy.csv");
        }
        checkSource(at, a.source(), sources);
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

    private void checkSource(At at, String source, Set<String> sources) {
        if (!sources.contains(source)) {
            add(at, "source", source, "unknown source", "an id in seeds/sources.csv");
        }
    }

    static boolean isCurrency(String code) {
        try {
            return Currency.getInstance(code).getCurrencyCode().equals(code);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private void add(At at, String column, String value, String message, String expected) {
        problems.add(new InputProblem(at.file(), at.line(), at.header().indexOf(column) + 1, column, value, message,
                expected));
    }

    /** Where a record came from: its file, the line it starts on, and the file's header. */
    record At(String file, long line, List<String> header) implements java.io.Serializable {

        static At of(Parsed<?> parsed, int index) {
            return new At(parsed.file(), parsed.lineOf(index), parsed.header());
        }
    }
}
