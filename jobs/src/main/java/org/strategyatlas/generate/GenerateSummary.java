package org.strategyatlas.generate;

import java.nio.file.Path;

/** What a generation wrote: rows per file, documents and their phrases, and the coverage of the dataset. */
public record GenerateSummary(Path out, long sources, long initiatives, long figures, long attributes, int documents,
                              long documentPhrases, int jurisdictions, int currencies) {
}
