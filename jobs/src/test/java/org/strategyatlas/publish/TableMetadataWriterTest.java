package org.strategyatlas.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TableMetadataWriterTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSidecarBesideTheCsvAndItParsesBack() throws IOException {
        Path file = TableMetadataWriter.write(dir, PublishFixtures.initiatives(), PublishFixtures.meta());

        assertEquals(dir.resolve("initiatives.meta.json"), file);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertEquals("initiatives", json.get("table").asText());
        assertEquals("Initiatives by economy", json.get("title").asText());
        assertEquals("initiatives.csv", json.get("file").asText());
        assertEquals("2024-05-01T120000Z-abc123", json.get("runId").asText());
        assertEquals(2024, json.get("baseYear").asInt());
        assertEquals("USD", json.get("currency").asText());
        assertEquals(4, json.get("rowCount").asInt());
        assertEquals(8, json.get("columns").size());
        JsonNode usd = json.get("columns").get(3);
        assertEquals("constant_usd", usd.get("name").asText());
        assertEquals("decimal", usd.get("type").asText());
        assertEquals("constant 2024 US$", usd.get("unit").asText());
        assertEquals("total in constant 2024 US$", usd.get("description").asText());
        assertEquals("boolean", json.get("columns").get(6).get("type").asText());
        assertEquals(PublishFixtures.meta().method(), texts(json.get("method")));
        assertEquals(PublishFixtures.meta().sources(), texts(json.get("sources")));
        assertEquals(PublishFixtures.meta().reference(), texts(json.get("reference")));
        assertEquals("Curated data: CC BY 4.0 (Strategy Atlas); reference data: see reference",
                json.get("licence").asText());
    }

    @Test
    void keysComeInAFixedOrder() throws IOException {
        JsonNode json = new ObjectMapper().readTree(TableMetadataWriter.json(PublishFixtures.initiatives(),
                PublishFixtures.meta()));

        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("table", "title", "file", "runId", "baseYear", "currency", "rowCount", "columns",
                "method", "sources", "reference", "licence"), keys);
    }

    @Test
    void layoutIsTwoSpaceIndentedWithLfAndAFinalNewline() throws IOException {
        Table table = new Table("empty", "No rows", List.of(Column.text("economy", "ISO code")), List.of());
        RunMetadata meta = new RunMetadata("r1", 2024, "EUR", List.of("one step"), List.of(), List.of());

        Path file = TableMetadataWriter.write(dir, table, meta);

        String expected = """
                {
                  "table": "empty",
                  "title": "No rows",
                  "file": "empty.csv",
                  "runId": "r1",
                  "baseYear": 2024,
                  "currency": "EUR",
                  "rowCount": 0,
                  "columns": [
                    {
                      "name": "economy",
                      "type": "text",
                      "unit": "",
                      "description": "ISO code"
                    }
                  ],
                  "method": [
                    "one step"
                  ],
                  "sources": [],
                  "reference": [],
                  "licence": "Curated data: CC BY 4.0 (Strategy Atlas); reference data: see reference"
                }
                """;
        String written = Files.readString(file, StandardCharsets.UTF_8);
        assertEquals(expected, written);
        assertFalse(written.contains("\r"));
    }

    @Test
    void sameInputGivesTheSameBytes() {
        String first = TableMetadataWriter.json(PublishFixtures.initiatives(), PublishFixtures.meta());
        String second = TableMetadataWriter.json(PublishFixtures.initiatives(), PublishFixtures.meta());

        assertEquals(first, second);
        assertTrue(first.endsWith("}\n"));
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
