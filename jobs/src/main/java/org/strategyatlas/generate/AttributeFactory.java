package org.strategyatlas.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Source;

/**
 * Tags initiatives with taxonomy attributes: none to three distinct ones each, with an evidence phrase from the
 * taxonomy's words in the source's language (English where the taxonomy has none in that language).
 */
final class AttributeFactory {

    private final Catalogue catalogue;
    private final SourcePool sources;

    AttributeFactory(Catalogue catalogue, SourcePool sources) {
        this.catalogue = catalogue;
        this.sources = sources;
    }

    void attributes(Planned planned, SplittableRandom random, Consumer<Attribute> out) {
        int draw = random.nextInt(20);
        int count = draw < 7 ? 0 : draw < 14 ? 1 : draw < 18 ? 2 : 3;
        List<String> codes = catalogue.attributes();
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count && chosen.size() < codes.size(); i++) {
            String code = PhraseWriter.pick(codes, random);
            if (chosen.contains(code)) {
                continue;
            }
            chosen.add(code);
            Lang lang = random.nextBoolean() ? planned.jurisdiction().language() : Lang.EN;
            Source source = sources.pick(lang, planned.year(), List.of(), random).source();
            Map<String, List<String>> evidence = catalogue.evidence(code);
            String language = evidence.containsKey(source.language()) ? source.language() : "en";
            out.accept(new Attribute(planned.id(), code, source.id(), PhraseWriter.pick(evidence.get(language), random),
                    language));
        }
    }
}
