package org.strategyatlas.ingest;

import java.nio.file.Path;
import java.util.List;

/**
 * The curated input files and their columns: the public interface of data/ and seeds/ (documented in
 * data/README.md). Paths are relative to the dataset root, the folder holding data/ and seeds/.
 */
public enum DataFile {
    SOURCES("seeds/sources.csv", "id", "title", "publisher", "published", "language", "url", "file", "notes"),
    METRICS("data/metrics.csv", "metric", "type", "per_capita", "label", "description"),
    TAXONOMY("data/taxonomy.csv", "attribute", "language", "label", "synonyms"),
    INITIATIVES("data/initiatives.csv", "id", "jurisdiction", "name", "kind", "announced", "start_year", "end_year",
            "horizon_kind", "contained_in", "overlaps_with", "scope_note", "source", "notes", "scope", "ai_share_low",
            "ai_share_high", "ai_share_source", "superseded_by"),
    FIGURES("data/figures.csv", "id", "initiative", "metric", "as_stated", "language", "low", "high", "unit",
            "qualifier", "basis", "funding", "kind", "price_year", "as_of", "source", "notes", "superseded_by"),
    ATTRIBUTES("data/attributes.csv", "initiative", "attribute", "source", "evidence", "language");

    private final String relativePath;
    private final List<String> columns;

    DataFile(String relativePath, String... columns) {
        this.relativePath = relativePath;
        this.columns = List.of(columns);
    }

    /** Where the file sits below the dataset root, as messages name it: {@code data/figures.csv}. */
    public String relativePath() {
        return relativePath;
    }

    public List<String> columns() {
        return columns;
    }

    /** The file's name as written in output tables: {@code figures}. */
    public String tableName() {
        String name = Path.of(relativePath).getFileName().toString();
        return name.substring(0, name.length() - ".csv".length());
    }
}
