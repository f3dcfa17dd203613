package org.strategyatlas.publish;

import java.util.List;
import java.util.Objects;

/**
 * What every published table says about the run that made it: run id, base year, currency, the method in a
 * few lines, the sources of the figures and the reference data's vintage and licence.
 *
 * @param sources   one line per cited source: "id: title, publisher, url"
 * @param reference one line per reference file: "file: source, last updated, licence"
 */
public record RunMetadata(String runId, int baseYear, String currency, List<String> method, List<String> sources,
                          List<String> reference) {

    public RunMetadata {
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(currency, "currency");
        method = List.copyOf(method);
        sources = List.copyOf(sources);
        reference = List.copyOf(reference);
    }
}
