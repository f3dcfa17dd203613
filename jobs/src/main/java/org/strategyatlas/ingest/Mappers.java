package org.strategyatlas.ingest;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Basis;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.FigureKind;
import org.strategyatlas.model.Funding;
import org.strategyatlas.model.HorizonKind;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.InitiativeKind;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.MetricType;
import org.strategyatlas.model.PartialDate;
import org.strategyatlas.model.Qualifier;
import org.strategyatlas.model.Scope;
import org.strategyatlas.model.Source;
import org.strategyatlas.model.TaxonomyEntry;

/** The per-row rules of each curated file: types and allowed values; cross-file checks are elsewhere. */
final class Mappers {

    private Mappers() {
    }

    static Source source(RowReader r) {
        String id = r.matching("id", RowReader.SOURCE_ID, "letters, digits and '_', '.', '-'", true);
        String title = r.required("title");
        String publisher = r.required("publisher");
        PartialDate published = r.date("published", false);
        String language = r.language("language");
        String url = r.optional("url");
        if (!url.isEmpty() && !url.matches("https?://\\S+")) {
            r.problem("url", "not a web address", "an http:// or https:// URL without spaces");
        }
        String file = r.optional("file");
        if (url.isEmpty() && file.isEmpty()) {
            r.problem("url", "source has neither a url nor a file", "a url, or a file held under seeds/");
        }
        String notes = r.optional("notes");
        return r.ok() ? new Source(id, title, publisher, published, language, url, file, notes) : null;
    }

    static Metric metric(RowReader r) {
        String metric = r.code("metric");
        MetricType type = r.enumValue("type", MetricType.class, true);
        Boolean perCapita = r.bool("per_capita");
        String label = r.required("label");
        String description = r.required("description");
        return r.ok() ? new Metric(metric, type, perCapita, label, description) : null;
    }

    static TaxonomyEntry taxonomy(RowReader r) {
        String attribute = r.code("attribute");
        String language = r.language("language");
        String label = r.required("label");
        var synonyms = r.list("synonyms", null, "words or phrases");
        return r.ok() ? new TaxonomyEntry(attribute, language, label, synonyms) : null;
    }

    static Initiative initiative(RowReader r) {
        String id = r.id("id");
        String jurisdiction = r.matching("jurisdiction", Pattern.compile("[A-Z]{3}"),
                "an ISO 3166-1 alpha-3 code such as FRA, or EUU for the European Union", true);
        String name = r.required("name");
        InitiativeKind kind = r.enumValue("kind", InitiativeKind.class, true);
        PartialDate announced = r.date("announced", true);
        Integer start = r.year("start_year", false);
        Integer end = r.year("end_year", false);
        HorizonKind horizon = r.enumValue("horizon_kind", HorizonKind.class, true);
        String containedIn = r.matching("contained_in", RowReader.ID, "an initiative id", false);
        var overlaps = r.list("overlaps_with", RowReader.ID, "initiative ids");
        String scopeNote = r.optional("scope_note");
        String source = r.required("source");
        String notes = r.optional("notes");
        Scope scope = r.enumValue("scope", Scope.class, true);
        BigDecimal shareLow = share(r, "ai_share_low");
        BigDecimal shareHigh = share(r, "ai_share_high");
        String shareSource = r.optional("ai_share_source");
        String supersededBy = r.matching("superseded_by", RowReader.ID, "an initiative id", false);
        aiShare(r, scope, shareLow, shareHigh, shareSource);
        if (id != null && id.equals(supersededBy)) {
            r.problem("superseded_by", "initiative is superseded by itself",
                    "the id of the later initiative that replaces this one, or empty");
        }
        if (start != null && end != null && end < start) {
            r.problem("end_year", "end year before start year " + start, "end_year >= start_year");
        }
        if (horizon == HorizonKind.OPEN && end != null) {
            r.problem("end_year", "an open horizon has no end year", "an empty end_year, or another horizon_kind");
        } else if (horizon != null && horizon != HorizonKind.OPEN) {
            if (start == null && r.row().get("start_year").isEmpty()) {
                r.problem("start_year", "horizon '" + horizon.code() + "' needs a start year",
                        "the first year of the plan (often the announcement year), or horizon_kind open");
            }
            if (end == null && r.row().get("end_year").isEmpty()) {
                r.problem("end_year", "horizon '" + horizon.code() + "' needs an end year",
                        "the last year of the plan, or horizon_kind open");
            }
        }
        return r.ok() ? new Initiative(id, jurisdiction, name, kind, announced, start, end, horizon, containedIn,
                overlaps, scopeNote, source, notes, scope, shareLow, shareHigh, shareSource, supersededBy) : null;
    }

    /** A share of a package that is AI money: a fraction above 0, at most 1. */
    private static BigDecimal share(RowReader r, String column) {
        BigDecimal share = r.decimal(column);
        if (share != null && (share.signum() == 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            r.problem(column, "not a share", "a fraction above 0 and at most 1 (0.25 for a quarter)");
            return null;
        }
        return share;
    }

    /** The AI share of a broader package: both bounds and their source, or nothing. */
    private static void aiShare(RowReader r, Scope scope, BigDecimal low, BigDecimal high, String source) {
        boolean lowGiven = !r.row().get("ai_share_low").isEmpty();
        boolean highGiven = !r.row().get("ai_share_high").isEmpty();
        if (lowGiven != highGiven) {
            r.problem(lowGiven ? "ai_share_high" : "ai_share_low", "an AI share needs both bounds",
                    "ai_share_low and ai_share_high (equal when the source states one share), or neither");
        } else if (low != null && high != null && low.compareTo(high) > 0) {
            r.problem("ai_share_high", "AI share high below its low " + low.toPlainString(),
                    "ai_share_high >= ai_share_low");
        }
        if (lowGiven && scope == Scope.AI) {
            r.problem("ai_share_low", "an AI-specific initiative has no AI share",
                    "empty ai_share_low and ai_share_high, or scope broader");
        }
        if (lowGiven && source.isEmpty()) {
            r.problem("ai_share_source", "an AI share needs its source", "the id in seeds/sources.csv of the source"
                    + " that states the share");
        } else if (!lowGiven && !source.isEmpty()) {
            r.problem("ai_share_source", "a source for an AI share that is not given",
                    "empty, or ai_share_low and ai_share_high");
        }
    }

    static Figure figure(RowReader r) {
        String id = r.id("id");
        String initiative = r.id("initiative");
        String metric = r.code("metric");
        String asStated = r.required("as_stated");
        String language = r.language("language");
        BigDecimal low = r.decimal("low");
        BigDecimal high = r.decimal("high");
        String unit = r.matching("unit", Pattern.compile("[A-Z]{3}|count"),
                "an ISO 4217 currency code such as EUR, or count", true);
        Qualifier qualifier = r.enumValue("qualifier", Qualifier.class, true);
        Basis basis = r.enumValue("basis", Basis.class, false);
        Funding funding = r.enumValue("funding", Funding.class, false);
        FigureKind kind = r.enumValue("kind", FigureKind.class, true);
        Integer priceYear = r.year("price_year", false);
        PartialDate asOf = r.date("as_of", false);
        String source = r.required("source");
        String notes = r.optional("notes");
        String supersededBy = r.matching("superseded_by", RowReader.ID, "a figure id", false);
        if (id != null && id.equals(supersededBy)) {
            r.problem("superseded_by", "figure is superseded by itself", "the id of the later figure, or empty");
        }
        if (qualifier != null && r.ok()) {
            String bad = Figure.boundsProblem(qualifier, low, high);
            if (bad != null) {
                r.problem(boundsColumn(qualifier, low, high), bad, "low/high to match the qualifier"
                        + " (exact, approx: equal; at_least: low only; at_most: high only; range: low < high)");
            }
        }
        return r.ok() ? new Figure(id, initiative, metric, asStated, language, low, high, unit, qualifier, basis,
                funding, kind, priceYear, asOf, source, notes, supersededBy) : null;
    }

    /** The cell to blame when the bounds do not fit the qualifier. */
    private static String boundsColumn(Qualifier qualifier, BigDecimal low, BigDecimal high) {
        return switch (qualifier) {
            case AT_LEAST -> low == null ? "low" : "high";
            case AT_MOST -> high == null ? "high" : "low";
            default -> low == null ? "low" : "high";
        };
    }

    static Attribute attribute(RowReader r) {
        String initiative = r.id("initiative");
        String attribute = r.code("attribute");
        String source = r.required("source");
        String evidence = r.required("evidence");
        String language = r.language("language");
        return r.ok() ? new Attribute(initiative, attribute, source, evidence, language) : null;
    }
}
