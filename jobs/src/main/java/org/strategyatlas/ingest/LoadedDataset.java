package org.strategyatlas.ingest;

import java.util.List;
import java.util.Map;
import org.strategyatlas.model.Dataset;

/**
 * The result of ingest: the dataset built from the rows that passed, the problems of the rows that did not,
 * the rows not used only because they refer to a rejected row ({@code consequences}),
 * the counts per file, and whether each figure's and attribute's phrase was found in its held source text
 * (figures by id, attributes by {@link org.strategyatlas.model.Attribute#key()}), and warnings: rows used as they
 * are that a curator should look at (two initiatives whose notes name each other without a link between them).
 */
public record LoadedDataset(Dataset dataset, List<InputProblem> problems, List<InputProblem> consequences,
                            List<FileCount> counts,
                            Map<String, QuoteStatus> figureQuotes, Map<String, QuoteStatus> attributeQuotes,
                            List<InputProblem> warnings) {

    /** A dataset without warnings. */
    public LoadedDataset(Dataset dataset, List<InputProblem> problems, List<InputProblem> consequences,
                         List<FileCount> counts, Map<String, QuoteStatus> figureQuotes,
                         Map<String, QuoteStatus> attributeQuotes) {
        this(dataset, problems, consequences, counts, figureQuotes, attributeQuotes, List.of());
    }

    public LoadedDataset {
        warnings = List.copyOf(warnings.stream().sorted().toList());
        problems = List.copyOf(problems.stream().sorted().toList());
        consequences = List.copyOf(consequences.stream().sorted().toList());
        counts = List.copyOf(counts);
        figureQuotes = Map.copyOf(figureQuotes);
        attributeQuotes = Map.copyOf(attributeQuotes);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** Every row not used, with its reason: the problems and their consequences, in file and line order. */
    public List<InputProblem> rejects() {
        return java.util.stream.Stream.concat(problems.stream(), consequences.stream()).sorted().toList();
    }
}
