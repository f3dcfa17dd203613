package org.strategyatlas.extract;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The word lists extraction reads from data/: jurisdiction names ({@code reference/economies.csv} in English for
 * every economy that is not an aggregate, plus the European Union; {@code jurisdiction_names.csv} for short forms,
 * adjectives and other languages) and taxonomy synonyms ({@code taxonomy.csv}). Small and serialisable, so a Spark
 * job broadcasts it once to every executor.
 *
 * @param jurisdictions names, each with the ISO 3166-1 alpha-3 (or World Bank aggregate) code it names
 * @param attributes    taxonomy synonyms, each with its attribute code
 */
public record ExtractLexicons(List<Term> jurisdictions, List<Term> attributes) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The aggregate of economies.csv that is a jurisdiction: it has laws and budgets of its own. */
    static final String EUROPEAN_UNION = "EUU";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .get();

    public ExtractLexicons {
        jurisdictions = List.copyOf(jurisdictions);
        attributes = List.copyOf(attributes);
    }

    /**
     * Reads the lists from {@code dataDir} (a checkout's data/).
     *
     * @throws IOException if a file is missing or unreadable, or a row lacks a column (the message names the file
     *                     and line)
     */
    public static ExtractLexicons load(Path dataDir) throws IOException {
        List<Term> jurisdictions = new ArrayList<>();
        for (CSVRecord row : rows(dataDir.resolve("reference/economies.csv"), "code", "name", "aggregate")) {
            String code = row.get("code");
            if (!Boolean.parseBoolean(row.get("aggregate")) || code.equals(EUROPEAN_UNION)) {
                jurisdictions.add(new Term(code, "en", row.get("name")));
            }
        }
        for (CSVRecord row : rows(dataDir.resolve("jurisdiction_names.csv"), "code", "language", "name")) {
            jurisdictions.add(new Term(row.get("code"), row.get("language"), row.get("name")));
        }
        List<Term> attributes = new ArrayList<>();
        for (CSVRecord row : rows(dataDir.resolve("taxonomy.csv"), "attribute", "language", "label", "synonyms")) {
            for (String synonym : row.get("synonyms").split(";")) {
                if (!synonym.isBlank()) {
                    attributes.add(new Term(row.get("attribute"), row.get("language"), synonym.strip()));
                }
            }
        }
        return new ExtractLexicons(jurisdictions, attributes);
    }

    private static List<CSVRecord> rows(Path file, String... columns) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
            for (String column : columns) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IOException(file + ": no column '" + column + "' in the header "
                            + parser.getHeaderNames() + "; expected the columns " + List.of(columns));
                }
            }
            List<CSVRecord> records = parser.getRecords();
            for (CSVRecord record : records) {
                if (!record.isConsistent()) {
                    throw new IOException(String.format(java.util.Locale.ROOT, "%s: line %,d has %d cells, the header"
                            + " %d", file, record.getParser().getCurrentLineNumber(), record.size(),
                            parser.getHeaderNames().size()));
                }
            }
            return records;
        }
    }
}
