package org.strategyatlas.ingest;

/** How many data rows one input file had and what became of them: {@code read = used + rejected}. */
public record FileCount(String file, String sha256, long bytes, int read, int used, int rejected) {

    public FileCount {
        if (read != used + rejected) {
            throw new IllegalArgumentException(file + ": read " + read + " != used " + used + " + rejected "
                    + rejected);
        }
    }
}
