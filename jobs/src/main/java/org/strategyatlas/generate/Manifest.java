package org.strategyatlas.generate;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strategyatlas.util.Versions;

/**
 * {@code manifest.json} of a generated dataset: how it was made (seed, sizes, version) and what it covers, so a
 * benchmark can say what it ran on. It holds no time or path, so the same seed gives the same bytes.
 */
final class Manifest {

    static final String FILE = "manifest.json";
    /** Indented with "\n" whatever the platform, for the same bytes everywhere. */
    private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n")).withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private Manifest() {
    }

    static void write(Path root, GenerateOptions options, GenerateSummary summary, Catalogue catalogue)
            throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("generator", "atlas generate");
        manifest.put("version", Versions.atlas());
        manifest.put("seed", options.seed());
        manifest.put("synthetic", "Every source, initiative and figure is made up; URLs use the reserved .example"
                + " domain.");
        Map<String, Object> rows = new LinkedHashMap<>();
        rows.put("seeds/sources.csv", summary.sources());
        rows.put("data/initiatives.csv", summary.initiatives());
        rows.put("data/figures.csv", summary.figures());
        rows.put("data/attributes.csv", summary.attributes());
        manifest.put("rows", rows);
        Map<String, Object> documents = new LinkedHashMap<>();
        documents.put("files", summary.documents());
        documents.put("phrases", summary.documentPhrases());
        documents.put("answers", DocumentWriter.FOLDER + "/" + DocumentWriter.ANSWERS);
        documents.put("answer_columns", DocumentWriter.ANSWER_COLUMNS);
        documents.put("offsets", "start inclusive, end exclusive, in Unicode code points");
        manifest.put("documents", documents);
        manifest.put("jurisdictions", catalogue.jurisdictions().stream().map(Jurisdiction::code).toList());
        manifest.put("currencies", catalogue.currencies());
        manifest.put("languages", List.of(Lang.values()).stream().map(Lang::tag).toList());
        manifest.put("years", List.of(Catalogue.FIRST_YEAR, Catalogue.LAST_YEAR));
        new ObjectMapper().writer(PRETTY).writeValue(root.resolve(FILE).toFile(), manifest);
    }
}
