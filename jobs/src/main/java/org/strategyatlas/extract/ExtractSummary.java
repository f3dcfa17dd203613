package org.strategyatlas.extract;

import java.util.List;

/**
 * What one extraction did: every file found is either read, unreadable (listed with its reason) or skipped for its
 * extension, so {@code files = documents + unreadable.size() + skipped}.
 *
 * @param documents       documents read
 * @param candidates      candidate figures written
 * @param unreadable      files that could not be read or are not UTF-8 text
 * @param skipped         files with another extension than .txt, .md, .html or .htm
 * @param skippedExamples the first few of them, in name order, for the message
 */
public record ExtractSummary(long documents, long candidates, List<FileProblem> unreadable, long skipped,
                             List<String> skippedExamples) {

    public ExtractSummary {
        unreadable = List.copyOf(unreadable);
        skippedExamples = List.copyOf(skippedExamples);
    }

    public long files() {
        return documents + unreadable.size() + skipped;
    }
}
