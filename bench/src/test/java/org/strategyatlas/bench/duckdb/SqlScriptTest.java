package org.strategyatlas.bench.duckdb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SqlScriptTest {

    private static final String SCRIPT = """
            -- a comment
            PRAGMA threads=2;
            -- step: read
            CREATE TABLE t AS
            SELECT * FROM read_csv(${data} || '/figures.csv');
            -- step: compare
            SELECT count(*)
              FROM t;
            """;

    @Test
    void statementsAreGroupedIntoNamedStepsWithThePlaceholdersFilledIn() {
        SqlScript script = SqlScript.parse(SCRIPT, Map.of("data", SqlScript.literal("/tmp/it's")));
        assertEquals(List.of("setup", "read", "compare"), script.steps().stream().map(SqlScript.Step::name).toList());
        assertEquals(List.of("PRAGMA threads=2;"), script.steps().get(0).statements());
        assertEquals(List.of("CREATE TABLE t AS\nSELECT * FROM read_csv('/tmp/it''s' || '/figures.csv');"),
                script.steps().get(1).statements());
        assertEquals(1, script.steps().get(2).statements().size());
    }

    @Test
    void aPlaceholderWithoutValueIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SqlScript.parse(SCRIPT, Map.of("reference", "'x'")));
        assertTrue(e.getMessage().contains("${data}"), e.getMessage());
    }

    @Test
    void aStatementWithoutSemicolonIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SqlScript.parse("SELECT 1\n-- step: next\nSELECT 2;\n", Map.of()));
        assertTrue(e.getMessage().contains("SELECT 1"), e.getMessage());
    }

    @Test
    void theBenchmarkScriptSetsTwoThreadsAndHasItsThreeSteps() {
        SqlScript script = SqlScript.parse(DuckDbNormaliser.scriptText(), Map.of("data", "'d'", "reference", "'r'",
                "base_year", "NULL"));
        assertEquals(List.of("setup", "read", "normalise", "compare"),
                script.steps().stream().map(SqlScript.Step::name).toList());
        assertEquals(List.of("PRAGMA threads=2;"), script.steps().get(0).statements());
    }
}
