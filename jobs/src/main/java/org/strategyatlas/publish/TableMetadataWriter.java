package org.strategyatlas.publish;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the {@code <table>.meta.json} sidecar that travels with each CSV: what the table is, its typed columns
 * with units, the run's base year and currency, the method, the sources and the licences.
 */
public final class TableMetadataWriter {

    /** Stated in every sidecar so a table copied on its own still carries its terms of use. */
    public static final String LICENCE = "Curated data: CC BY 4.0 (Strategy Atlas); reference data: see reference";

    public static final String SUFFIX = ".meta.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    // Two-space indent and "\n" whatever the platform, "key": value, and [] for empty lists: byte-stable output.
    private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /** The table whose headline column is defined in its metadata. */
    static final String HEADLINE_TABLE = "country_comparison";
    /** What the headline columns of {@link #HEADLINE_TABLE} add up (README: totals you can defend). */
    public static final String HEADLINE = "investment_<currency>_low/_high (and per capita, per year, % of GDP per"
            + " year): announced AI money of the jurisdiction counted as budgeted public money (appropriation), plans"
            + " and requests (budget_request, proposal, commitment, credit) or pledges (pledge); each initiative"
            + " once, as the envelope of its firmest live figures; parts inside a counted whole not again;"
            + " superseded and cancelled figures left out; broader technology packages only by their stated AI"
            + " share. Targets and reports (mobilisation_target, aum_target, estimate, reported) are in targets_*,"
            + " broader packages without an AI share in broader_*; tables/totals_breakdown.csv lists every"
            + " initiative and why it is or is not counted.";

    private TableMetadataWriter() {
    }

    /** Writes {@code <directory>/<table name>.meta.json} and returns its path. */
    public static Path write(Path directory, Table table, RunMetadata meta) throws IOException {
        Path file = directory.resolve(table.name() + SUFFIX);
        Files.writeString(file, json(table, meta), StandardCharsets.UTF_8);
        return file;
    }

    /** The sidecar's text: keys in a fixed order, 2-space indent, LF line ends and a final newline. */
    public static String json(Table table, RunMetadata meta) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("table", table.name());
        root.put("title", table.title());
        root.put("file", table.name() + ".csv");
        root.put("runId", meta.runId());
        root.put("baseYear", meta.baseYear());
        root.put("currency", meta.currency());
        root.put("rowCount", table.totalRows());
        if (HEADLINE_TABLE.equals(table.name())) {
            root.put("headline", HEADLINE);
        }
        ArrayNode columns = root.putArray("columns");
        for (Column column : table.columns()) {
            ObjectNode node = columns.addObject();
            node.put("name", column.name());
            node.put("type", column.type().name().toLowerCase(Locale.ROOT));
            node.put("unit", column.unit());
            node.put("description", column.description());
        }
        lines(root.putArray("method"), meta.method());
        lines(root.putArray("sources"), meta.sources());
        lines(root.putArray("reference"), meta.reference());
        root.put("licence", LICENCE);
        try {
            return WRITER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            // a tree of strings and numbers always serialises; reaching here is a Jackson fault, not bad input
            throw new UncheckedIOException("could not render metadata for table " + table.name(), e);
        }
    }

    private static void lines(ArrayNode array, List<String> lines) {
        lines.forEach(array::add);
    }
}
