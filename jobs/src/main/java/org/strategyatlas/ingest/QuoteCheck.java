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
        return check(CrossChecks.At.of(parsed, index), column, sourceId, phrase);
    }

    /** Whether {@code phrase}, in {@code column} of the record at {@code at}, occurs in its source's held text. */
    QuoteStatus check(CrossChecks.At at, String column, String sourceId, String phrase) throws InputException {
        return judge(at, column, sourceId, phrase, held(sources.get(sourceId)), problems);
    }

    /** The held text of every source that has one, by source id: what checking quotes away from the files needs. */
    Map<String, Held> heldTexts() throws InputException {
        Map<String, Held> held = new java.util.HashMap<>();
        for (Source source : sources.values()) {
            Held text = held(source);
            if (text != null) {
                held.put(source.id(), text);
            }
        }
        return held;
    }

    private Held held(Source source) throws InputException {
        if (source == null || !source.holdsText() || SourceTexts.unsafePath(source.file()) != null) {
            return null;
        }
        Optional<String> text = texts.text(source.file());
        return text.map(t -> new Held(source.file(), t)).orElse(null);
    }

    /** Judges one quote against its source's held text ({@code null}: none held), adding a problem when absent. */
    static QuoteStatus judge(CrossChecks.At at, String column, String sourceId, String phrase, Held held,
                             List<InputProblem> problems) {
        if (held == null) {
            return QuoteStatus.NOT_HELD;
        }
        if (held.text().contains(phrase)) {
            return QuoteStatus.VERIFIED;
        }
        problems.add(new InputProblem(at.file(), at.line(), at.header().indexOf(column) + 1, column, phrase,
                "phrase not found in the text of source '" + sourceId + "'",
                "the phrase exactly as written in " + held.file() + " (apostrophes, spaces and case included)"));
        return QuoteStatus.NOT_FOUND;
    }

    /** A source's held text and the file it came from. */
    record Held(String file, String text) implements java.io.Serializable {
    }
}
