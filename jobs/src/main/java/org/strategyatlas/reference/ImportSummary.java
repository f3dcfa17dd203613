package org.strategyatlas.reference;

import java.util.List;

/** What an import wrote (one vintage row per output file) and which input files it passed over. */
public record ImportSummary(List<VintageRow> written, List<SkippedFile> skipped) {

    public ImportSummary {
        written = List.copyOf(written);
        skipped = List.copyOf(skipped);
    }
}
