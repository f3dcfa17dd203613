package org.strategyatlas.run;

import java.nio.file.Path;
import java.util.List;
import org.strategyatlas.ingest.FileCount;

/** What a finished run did: its id and folder, and the rows read, used and rejected per input file. */
public record RunSummary(String runId, Path folder, List<FileCount> inputs) {

    public RunSummary {
        inputs = List.copyOf(inputs);
    }

    public int rowsRead() {
        return inputs.stream().mapToInt(FileCount::read).sum();
    }

    public int rowsRejected() {
        return inputs.stream().mapToInt(FileCount::rejected).sum();
    }
}
