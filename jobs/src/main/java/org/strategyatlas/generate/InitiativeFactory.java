package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.strategyatlas.model.HorizonKind;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.InitiativeKind;
import org.strategyatlas.model.Scope;

/**
 * Makes initiatives one at a time: the first pass visits every jurisdiction once (in an order shuffled by the
 * seed), later ones draw jurisdictions at random. About 5% are contained in a recent initiative of the same
 * jurisdiction and about 3% overlap with recent ones; horizons follow the rules of data/README.md.
 */
final class InitiativeFactory {

    private static final int RECENT = 256;
    private static final List<String> SCOPES = List.of("AI and semiconductors", "AI, quantum and hydrogen",
            "Digital economy including AI", "AI and cybersecurity");
    /** Relative frequency of each kind, in {@link InitiativeKind} order. */
    private static final int[] KIND_WEIGHTS = {10, 8, 10, 12, 10, 4, 8, 14, 8, 6, 4, 2, 2, 2};

    private final List<Jurisdiction> order;
    private final SourcePool sources;
    private final Recent parents = new Recent(RECENT);
    private final Recent recent = new Recent(RECENT);

    InitiativeFactory(List<Jurisdiction> jurisdictions, SourcePool sources, SplittableRandom random) {
        List<Jurisdiction> shuffled = new ArrayList<>(jurisdictions);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            shuffled.set(i, shuffled.set(j, shuffled.get(i)));
        }
        this.order = List.copyOf(shuffled);
        this.sources = sources;
    }

    /** The latest initiative of each jurisdiction, which a new one may name in superseded_by. */
    private final java.util.Map<String, Planned> lastOf = new java.util.HashMap<>();

    /** Whether initiative {@code index} is in the first pass, which visits every jurisdiction once. */
    boolean firstPass(long index) {
        return index < order.size();
    }

    Planned next(long index, SplittableRandom random) {
        Planned parent = !firstPass(index) && !parents.isEmpty() && random.nextInt(20) == 0
                ? parents.pick(random) : null;
        Jurisdiction jurisdiction = parent != null ? parent.jurisdiction()
                : firstPass(index) ? order.get((int) index) : order.get(random.nextInt(order.size()));
        InitiativeKind kind = kind(random);
        int year = parent != null ? Math.min(Catalogue.LAST_YEAR, parent.year() + random.nextInt(3))
                : Catalogue.LAST_YEAR - (int) (26 * sq(random.nextDouble())); // recent years are commoner
        String name = Names.initiative(kind, year, random);
        String id = jurisdiction.code().toLowerCase(Locale.ROOT) + "-" + Names.slug(name) + "-" + year + "-"
                + (index + 1);
        Horizon horizon = parent != null && parent.initiative().endYear() != null
                ? Horizon.within(parent.initiative(), year, random) : Horizon.draw(year, random);
        List<String> overlaps = new ArrayList<>();
        if (!recent.isEmpty() && random.nextInt(100) < 3) {
            for (int i = 1 + random.nextInt(2); i > 0; i--) {
                String other = recent.pick(random).id();
                if (!overlaps.contains(other) && (parent == null || !other.equals(parent.id()))) {
                    overlaps.add(other);
                }
            }
        }
        Lang language = random.nextInt(5) < 3 ? jurisdiction.language() : Lang.EN;
        String source = sources.pick(language, year, List.of(), random).source().id();
        String scope = random.nextInt(20) == 0 ? PhraseWriter.pick(SCOPES, random) : "";
        // a package that covers more than AI is broader; half of them state the AI share, with its source
        BigDecimal shareLow = null;
        BigDecimal shareHigh = null;
        String shareSource = "";
        if (!scope.isEmpty() && random.nextBoolean()) {
            shareLow = BigDecimal.valueOf(5 + random.nextInt(30), 2);
            shareHigh = random.nextBoolean() ? shareLow : shareLow.add(BigDecimal.valueOf(5 + random.nextInt(20), 2));
            shareSource = source;
        }
        // now and then a plan replaced by another of its jurisdiction (superseded_by): it leaves the totals
        String supersededBy = "";
        Planned last = lastOf.get(jurisdiction.code());
        if (last != null && random.nextInt(30) == 0 && (parent == null || !last.id().equals(parent.id()))) {
            supersededBy = last.id();
        }
        Initiative initiative = new Initiative(id, jurisdiction.code(), name, kind, Dates.partial(year, random),
                horizon.start(), horizon.end(), horizon.kind(), parent == null ? "" : parent.id(), overlaps, scope,
                source, horizon.note(), scope.isEmpty() ? Scope.AI : Scope.BROADER, shareLow, shareHigh, shareSource,
                supersededBy);
        Planned planned = new Planned(initiative, jurisdiction, year, parent);
        lastOf.put(jurisdiction.code(), planned);
        recent.add(planned);
        if (parent == null) {
            parents.add(planned);
        }
        return planned;
    }

    private static double sq(double x) {
        return x * x;
    }

    private static InitiativeKind kind(SplittableRandom random) {
        int total = 0;
        for (int w : KIND_WEIGHTS) {
            total += w;
        }
        int draw = random.nextInt(total);
        for (int i = 0; i < KIND_WEIGHTS.length; i++) {
            draw -= KIND_WEIGHTS[i];
            if (draw < 0) {
                return InitiativeKind.values()[i];
            }
        }
        throw new AssertionError("weights cover every kind");
    }

    /** A horizon as data/README.md states the rules: open has no end year, every other kind has both. */
    record Horizon(HorizonKind kind, Integer start, Integer end, String note) {

        static Horizon draw(int year, SplittableRandom random) {
            int draw = random.nextInt(100);
            if (draw < 30) {
                int start = year + (random.nextInt(10) < 3 ? 1 : 0);
                int years = 2 + random.nextInt(9);
                return new Horizon(HorizonKind.YEARS, start, start + years - 1, years + " years.");
            }
            if (draw < 55) {
                return new Horizon(HorizonKind.END_YEAR, year, year + 2 + random.nextInt(11), "");
            }
            if (draw < 63) {
                int end = year + 1 + random.nextInt(6);
                return new Horizon(HorizonKind.FISCAL_YEAR, year, end, "To FY" + end + ".");
            }
            if (draw < 70) {
                return new Horizon(HorizonKind.TERM, year, year + 3 + random.nextInt(2), "Over the legislative term.");
            }
            boolean started = random.nextInt(10) < 7;
            return new Horizon(HorizonKind.OPEN, started ? year : null, null,
                    started ? "" : "Multi-year; horizon not stated.");
        }

        /** The horizon of a part of {@code parent}: its kind, starting in {@code year} or later, ending with it. */
        static Horizon within(Initiative parent, int year, SplittableRandom random) {
            int start = Math.max(parent.startYear(), Math.min(year, parent.endYear()));
            int end = start + random.nextInt(parent.endYear() - start + 1);
            return new Horizon(parent.horizonKind(), start, end, "Part of " + parent.id() + ".");
        }
    }
}
