package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.strategyatlas.model.Basis;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.FigureKind;
import org.strategyatlas.model.InitiativeKind;
import org.strategyatlas.model.PartialDate;
import org.strategyatlas.model.Qualifier;
import org.strategyatlas.model.Source;

/**
 * Makes the figures of one initiative: facts (money in its own currency, US dollars or euros, or a count that
 * suits its kind), each observed by one to three different sources in their own languages, some rounding the
 * number, converting it to dollars or disagreeing with the others, as real sources do.
 */
final class FigureFactory {

    private static final Map<InitiativeKind, List<String>> COUNTS_BY_KIND = Map.ofEntries(
            Map.entry(InitiativeKind.SUMMIT, List.of("participants", "leaders", "countries", "signatories")),
            Map.entry(InitiativeKind.HACKATHON, List.of("participants", "proposals")),
            Map.entry(InitiativeKind.REPORT, List.of("proposals")),
            Map.entry(InitiativeKind.INFRASTRUCTURE, List.of("gpus", "sites", "ai_factories", "jobs")),
            Map.entry(InitiativeKind.INVESTMENT_PLAN, List.of("ai_gigafactories", "gpus", "jobs", "sites")),
            Map.entry(InitiativeKind.INVESTMENT_VEHICLE, List.of("startups", "unicorns", "organisations")),
            Map.entry(InitiativeKind.FUND, List.of("startups", "unicorns", "jobs")),
            Map.entry(InitiativeKind.PARTNERSHIP, List.of("organisations", "countries", "researchers")),
            Map.entry(InitiativeKind.RESEARCH_PROJECT, List.of("researchers", "institutes", "organisations")));
    private static final List<String> STRATEGY_COUNTS = List.of("people_trained", "researchers", "ai_talent",
            "professorships", "research_chairs", "institutes", "startups");

    private final Catalogue catalogue;
    private final SourcePool sources;

    FigureFactory(Catalogue catalogue, SourcePool sources) {
        this.catalogue = catalogue;
        this.sources = sources;
    }

    /**
     * Emits {@code count} figures of {@code planned}; {@code homeMoneyFirst} makes the first a money figure in the
     * jurisdiction's own currency, so that a dataset visiting every jurisdiction uses every currency.
     */
    void figures(Planned planned, int count, boolean homeMoneyFirst, SplittableRandom random,
                 Consumer<Figure> out) {
        int made = 0;
        while (made < count) {
            boolean home = made == 0 && homeMoneyFirst;
            Fact fact = home || random.nextInt(100) < 65 ? money(planned, home, random) : count(planned, random);
            int observations = Math.min(count - made, observations(random));
            List<String> taken = new ArrayList<>();
            String first = null;
            for (int i = 0; i < observations; i++) {
                made++;
                Figure f = observe(planned, fact, i, made, taken, random);
                if (f.statesSize()) {
                    if (planned.largerThanWhole(f)) {
                        f = withKind(f, FigureKind.TARGET, ""); // a part may not be larger than its whole
                    } else if (first != null && random.nextInt(10) == 0) {
                        f = withKind(f, f.kind(), first); // a later statement replaced by the first one
                    } else {
                        planned.stated(f);
                    }
                }
                first = first == null ? f.id() : first;
                out.accept(f);
            }
        }
    }

    private static Figure withKind(Figure f, FigureKind kind, String supersededBy) {
        return new Figure(f.id(), f.initiative(), f.metric(), f.asStated(), f.language(), f.low(), f.high(), f.unit(),
                f.qualifier(), f.basis(), f.funding(), kind, f.priceYear(), f.asOf(), f.source(), f.notes(),
                supersededBy);
    }

    private static int observations(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 60 ? 1 : draw < 88 ? 2 : 3;
    }

    private Fact money(Planned planned, boolean homeCurrency, SplittableRandom random) {
        int draw = homeCurrency ? 0 : random.nextInt(100);
        String home = planned.jurisdiction().currency();
        String currency = draw < 75 ? home : draw < 90 ? "USD" : "EUR";
        BigDecimal value = Magnitudes.money(currency, planned.year(), planned.jurisdiction().gdpLog10(), catalogue,
                random);
        String metric = PhraseWriter.pick(catalogue.moneyMetrics(), random);
        Basis basis = Bases.basis(planned.initiative().kind(), random);
        return new Fact(statement(metric, value, currency, random), basis, Bases.funding(basis, random),
                figureKind(random));
    }

    private Fact count(Planned planned, SplittableRandom random) {
        List<String> suited = new ArrayList<>(COUNTS_BY_KIND.getOrDefault(planned.initiative().kind(),
                STRATEGY_COUNTS));
        suited.retainAll(catalogue.countMetrics());
        String metric = PhraseWriter.pick(suited.isEmpty() ? catalogue.countMetrics() : suited, random);
        BigDecimal value = Magnitudes.count(metric, random);
        return new Fact(statement(metric, value, Figure.COUNT_UNIT, random), null, null, figureKind(random));
    }

    /** About 70% exact, 8% approx, 7% at least, 5% at most and 10% ranges. */
    private static Statement statement(String metric, BigDecimal value, String unit, SplittableRandom random) {
        int draw = random.nextInt(100);
        if (draw < 70) {
            return new Statement(metric, value, value, unit, Qualifier.EXACT);
        }
        if (draw < 78) {
            return new Statement(metric, value, value, unit, Qualifier.APPROX);
        }
        if (draw < 85) {
            return new Statement(metric, value, null, unit, Qualifier.AT_LEAST);
        }
        if (draw < 90) {
            return new Statement(metric, null, value, unit, Qualifier.AT_MOST);
        }
        return new Statement(metric, value, Magnitudes.rangeHigh(value, random), unit, Qualifier.RANGE);
    }

    private static FigureKind figureKind(SplittableRandom random) {
        int draw = random.nextInt(100);
        return draw < 55 ? FigureKind.TOTAL : draw < 70 ? FigureKind.PER_YEAR : draw < 85 ? FigureKind.TARGET
                : draw < 96 ? FigureKind.ACHIEVED : FigureKind.CUMULATIVE;
    }

    /** Observation {@code index} of {@code fact}: the first states it; later ones may round, convert or disagree. */
    private Figure observe(Planned planned, Fact fact, int index, int number, List<String> taken,
                           SplittableRandom random) {
        Jurisdiction jurisdiction = planned.jurisdiction();
        int draw = random.nextInt(10);
        Lang lang = index == 0 && draw < 5 || draw < 2 ? jurisdiction.language()
                : draw < 7 ? Lang.EN : Lang.values()[random.nextInt(Lang.values().length)];
        int stated = Math.min(Catalogue.LAST_YEAR, planned.year() + random.nextInt(3));
        SourcePool.Entry entry = sources.pick(lang, stated, taken, random);
        Source source = entry.source();
        taken.add(source.id());
        lang = Lang.of(source.language());
        Statement row = fact.statement();
        Statement phrase = row;
        String notes = "";
        int variant = index == 0 || row.qualifier() == Qualifier.RANGE ? 100 : random.nextInt(100);
        if (variant < 20) {
            BigDecimal other = Magnitudes.disagreeing(row.single(), random);
            row = new Statement(row.metric(), row.low() == null ? null : other, row.high() == null ? null : other,
                    row.unit(), row.qualifier());
            phrase = row;
            notes = "Disagrees with the other sources of this figure; all are kept.";
        } else if (variant < 32 && row.qualifier() == Qualifier.EXACT) {
            BigDecimal rounded = Magnitudes.round(row.low(), 1);
            row = new Statement(row.metric(), rounded, rounded, row.unit(), Qualifier.APPROX);
            phrase = new Statement(row.metric(), rounded, rounded, row.unit(), Qualifier.EXACT);
            notes = "Rounded by the source; marked approx.";
        } else if (variant < 44 && !row.isCount() && !row.unit().equals("USD")) {
            BigDecimal usd = Magnitudes.round(row.single().divide(catalogue.unitsPerUsd(row.unit(), planned.year()),
                    0, RoundingMode.HALF_UP), 2);
            Qualifier qualifier = row.qualifier() == Qualifier.EXACT ? Qualifier.APPROX : row.qualifier();
            row = new Statement(row.metric(), row.low() == null ? null : usd, row.high() == null ? null : usd, "USD",
                    qualifier);
            phrase = qualifier == Qualifier.APPROX ? new Statement(row.metric(), usd, usd, "USD", Qualifier.EXACT)
                    : row;
            notes = "Dollar conversion by the source.";
        }
        String asStated = PhraseWriter.write(phrase, lang.tag(),
                new PhraseWriter.Context(jurisdiction.currency(), true), random);
        Integer priceYear = fact.kind() == FigureKind.PER_YEAR && random.nextBoolean() ? stated : null;
        PartialDate asOf = source.published() != null && random.nextInt(10) < 8 ? source.published()
                : random.nextBoolean() ? null : Dates.partial(entry.year(), random);
        return new Figure(planned.id() + "-" + number, planned.id(), row.metric(), asStated, lang.tag(), row.low(),
                row.high(), row.unit(), row.qualifier(), fact.basis(), fact.funding(), fact.kind(), priceYear, asOf,
                source.id(), notes);
    }
}
