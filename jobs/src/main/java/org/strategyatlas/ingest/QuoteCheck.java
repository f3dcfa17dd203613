package org.strategyatlas.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.strategyatlas.model.Source;

/** Checks that quoted phrases occur verbatim in the texts of their sources, where the user holds them. */
final class QuoteCheck {

    private final SourceTexts texts;
    private final Map<String, Source> sources;
    private final List<InputProblem> problems = new ArrayList<>();

    QuoteCheck(SourceTexts texts, Map<String, Source> sources) {
        this.texts = texts;
        this.sources = sources;
    }

    List<InputProblem> problems() {
        return problems;
    }

    QuoteStatus check(Parsed<?> parsed, int index, String column, String sourceId, String phrase)
            throws InputException {
        Source source = sources.get(sourceId);
        if (source == null || !source.holdsText() || SourceTexts.unsafePath(source.file()) != null) {
            return QuoteStatus.NOT_HELD;
        }
        Optional<String> text = texts.text(source.file());
        if (text.isEmpty()) {
            return QuoteStatus.NOT_HELD;
        }
        if (text.get().contains(phrase)) {
            return QuoteStatus.VERIFIED;
        }
        problems.add(new InputProblem(parsed.file(), parsed.lineOf(index), parsed.columnNumber(column), column, phrase,
                "phrase not found in the text of source '" + sourceId + "'",
                "the phrase exactly as written in " + source.file() + " (apostrophes, spaces and case included)"));
        return QuoteStatus.NOT_FOUND;
    }
}
