package org.strategyatlas.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one extraction reads.
 *
 * @param inputs  folders (searched recursively) or files, as local paths or Hadoop URIs ({@code hdfs://},
 *                {@code s3a://}); Hadoop glob patterns are expanded
 * @param dataDir the checkout's data/, for jurisdiction names and taxonomy synonyms
 */
public record ExtractOptions(List<String> inputs, Path dataDir) {

    public ExtractOptions {
        inputs = List.copyOf(inputs);
        Objects.requireNonNull(dataDir, "dataDir");
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input folder; give at least one folder or file to scan");
        }
        for (String input : inputs) {
            if (input.isBlank() || input.contains(",")) {
                throw new IllegalArgumentException("input '" + input + "' is blank or contains a comma, which Spark "
                        + "reads as a list separator; rename the folder or pass its parent");
            }
        }
    }
}
