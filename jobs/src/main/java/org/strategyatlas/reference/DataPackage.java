package org.strategyatlas.reference;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/**
 * What the importer takes from a Frictionless {@code datapackage.json} beside a long WDI {@code data.csv}:
 * the indicator code (upper-cased), the title and the licence names ({@code ;}-joined, empty when none).
 */
record DataPackage(String indicator, String title, String licence) {

    static final String FILE_NAME = "datapackage.json";

    /** Reads the package file; the indicator must be at {@code worldbank.indicator}. */
    static DataPackage read(SourceFile source) throws InputException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(source.path().toFile());
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
            throw new InputException(new InputProblem(source.display(), line, column, null, null,
                    "malformed JSON: " + e.getOriginalMessage(), "the datapackage.json exactly as downloaded"));
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.ofFile(source.display(), "file not found",
                    "a datapackage.json beside the data.csv"));
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(source.display(), "cannot read file: " + e, null));
        }
        if (root == null || !root.isObject()) {
            throw new InputException(InputProblem.ofFile(source.display(), "not a JSON object",
                    "a Frictionless data package with worldbank.indicator"));
        }
        String code = root.path("worldbank").path("indicator").asText("").toUpperCase(Locale.ROOT);
        if (!Indicators.isValidCode(code)) {
            throw new InputException(new InputProblem(source.display(), 0, 0, "worldbank.indicator", code,
                    "missing or invalid indicator code", "\"worldbank\": {\"indicator\": \"sp.pop.totl\"}"));
        }
        List<String> licences = new ArrayList<>();
        for (JsonNode licence : root.path("licenses")) {
            String name = licence.path("name").asText("");
            if (!name.isBlank()) {
                licences.add(name.strip());
            }
        }
        return new DataPackage(code, root.path("title").asText("").strip(), String.join(";", licences));
    }
}
