package org.strategyatlas.generate;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.strategyatlas.model.PartialDate;
import org.strategyatlas.model.Source;

/**
 * A fixed number of made-up sources that every generated row cites, each in one language and of one year: sized
 * with the dataset but capped, so ten million figures share {@value #MAX} sources and memory stays bounded. Rows
 * cite a source of their own language and of the year they are stated in, or the nearest year there is.
 */
final class SourcePool {

    static final int MIN = 20;
    static final int MAX = 5_000;
    /** How many figures share one source on average, below the cap. */
    private static final int FIGURES_PER_SOURCE = 4;
    private static final int YEARS = Catalogue.LAST_YEAR - Catalogue.FIRST_YEAR + 1;

    /** A source and the year it speaks of (its publication year, also when it states no date). */
    record Entry(Source source, int year) {
    }

    private final List<Source> sources = new ArrayList<>();
    private final Map<Lang, List<List<Entry>>> byLanguageAndYear = new EnumMap<>(Lang.class);

    private SourcePool() {
        for (Lang lang : Lang.values()) {
            List<List<Entry>> years = new ArrayList<>();
            for (int i = 0; i < YEARS; i++) {
                years.add(new ArrayList<>());
            }
            byLanguageAndYear.put(lang, years);
        }
    }

    /** How many sources a dataset of {@code figures} figures cites. */
    static int sizeFor(long figures) {
        return (int) Math.max(MIN, Math.min(MAX, figures / FIGURES_PER_SOURCE));
    }

    /**
     * {@code size} sources. The first ones cover every language in every year once, in year order; the rest are
     * two-fifths English and lean towards recent years, as AI policy coverage does.
     */
    static SourcePool create(int size, long seed, SplittableRandom random) {
        SourcePool pool = new SourcePool();
        int languages = Lang.values().length;
        for (int i = 0; i < size; i++) {
            boolean covering = i < languages * YEARS;
            Lang lang = covering ? Lang.values()[i % languages]
                    : random.nextInt(5) < 2 ? Lang.EN : Lang.values()[random.nextInt(languages)];
            int year = covering ? Catalogue.LAST_YEAR - i / languages
                    : Catalogue.LAST_YEAR - (int) (YEARS * StrictMath.pow(random.nextDouble(), 2));
            Names.Publisher publisher = Names.publisher(lang, random);
            PartialDate published = random.nextInt(10) == 0 ? null : Dates.partial(year, random);
            String id = publisher.domain() + "-" + year + "-" + (i + 1);
            String url = "https://" + publisher.domain() + ".example/" + year + "/" + (i + 1);
            Source source = new Source(id, Names.title(lang, random), publisher.name(), published, lang.tag(), url,
                    "", "Synthetic source made by atlas generate (seed " + seed + "); the URL is not a real page.");
            pool.sources.add(source);
            pool.byLanguageAndYear.get(lang).get(year - Catalogue.FIRST_YEAR).add(new Entry(source, year));
        }
        return pool;
    }

    List<Source> all() {
        return sources;
    }

    /**
     * A source in {@code lang} of {@code year} (or the nearest year, later ones first) that is not in
     * {@code taken}; in another language when {@code lang} has none left.
     */
    Entry pick(Lang lang, int year, List<String> taken, SplittableRandom random) {
        int languages = Lang.values().length;
        for (int l = 0; l < languages; l++) {
            List<List<Entry>> years = byLanguageAndYear.get(Lang.values()[(lang.ordinal() + l) % languages]);
            for (int distance = 0; distance < 2 * YEARS; distance++) {
                int index = year - Catalogue.FIRST_YEAR + (distance % 2 == 1 ? (distance + 1) / 2 : -distance / 2);
                if (index < 0 || index >= YEARS || years.get(index).isEmpty()) {
                    continue;
                }
                List<Entry> candidates = years.get(index);
                int start = random.nextInt(candidates.size());
                for (int i = 0; i < candidates.size(); i++) {
                    Entry entry = candidates.get((start + i) % candidates.size());
                    if (!taken.contains(entry.source().id())) {
                        return entry;
                    }
                }
            }
        }
        throw new IllegalStateException("all " + sources.size() + " sources are taken");
    }
}
