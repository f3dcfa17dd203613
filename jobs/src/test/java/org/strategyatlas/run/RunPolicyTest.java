package org.strategyatlas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.SharedSpark;
import org.strategyatlas.TestPaths;

/** What makes a run safe to schedule: one writer at a time, recovery after a kill, retention, lenient mode. */
class RunPolicyTest {

    static final Instant T0 = Instant.parse("2026-03-04T05:06:07Z");

    @TempDir
    Path temp;

    RunOptions options;
    final List<String> progress = new ArrayList<>();

    @BeforeEach
    void dataset() {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        options = RunOptions.defaults(TestPaths.root()).withPaths(temp.resolve("data"), temp.resolve("seeds"),
                TestPaths.root().resolve("data/reference"), temp.resolve("out"));
    }

    RunSummary run(Instant at) throws Exception {
        return new RunJob(Clock.fixed(at, ZoneOffset.UTC), (step, message, millis) -> progress.add(step + ": "
                + message), SharedSpark::session).run(options);
    }

    @Test
    void aSecondRunOnTheSameOutputIsRefusedWhileTheFirstHoldsIt() throws Exception {
        try (OutputLock held = OutputLock.acquire(options.outRoot(), false)) {
            OutputBusyException e = assertThrows(OutputBusyException.class, () -> run(T0));
            assertTrue(e.getMessage().contains("another atlas run is writing to"), e.getMessage());
            assertTrue(e.getMessage().contains("--wait"), e.getMessage());
        }
        assertEquals("20260304T050607Z", run(T0).runId()); // released: the next run goes ahead
    }

    @Test
    void leftoversOfAKilledRunAreRemovedAndSaidSo() throws Exception {
        Path out = options.outRoot();
        Files.createDirectories(out.resolve(".tmp-20260101T000000Z/tables"));
        Files.writeString(out.resolve(".tmp-20260101T000000Z/tables/half.csv"), "a,b\n1,");
        Files.createSymbolicLink(out.resolve(".latest-20260101T000000Z"), Path.of("20260101T000000Z"));

        run(T0);

        assertEquals(List.of(".atlas.lock", "20260304T050607Z", "latest"), listing(out));
        assertTrue(progress.contains("recover: removed what interrupted runs left: .latest-20260101T000000Z,"
                + " .tmp-20260101T000000Z"), progress.toString());
    }

    @Test
    void keepPrunesOlderCompleteRunsOnly() throws Exception {
        options = options.withPolicy(false, false, 2);
        run(T0);
        run(T0.plusSeconds(60));
        Files.createDirectories(options.outRoot().resolve("notes")); // not a run: never touched
        run(T0.plusSeconds(120));

        assertEquals(List.of(".atlas.lock", "20260304T050707Z", "20260304T050807Z", "latest", "notes"),
                listing(options.outRoot()));
    }

    @Test
    void lenientRunListsBadRowsAndWhatDependsOnThemInRejects() throws Exception {
        // the India initiative gets an unknown jurisdiction: its row, and its figure and attribute, are not used
        Path initiatives = options.dataDir().resolve("initiatives.csv");
        Files.writeString(initiatives, Files.readString(initiatives).replace("ind-mission,IND,", "ind-mission,ZZZ,"));
        options = options.withPolicy(true, false, null);

        RunSummary summary = run(T0);

        // 14 rows in the test dataset; the initiative, its figure and its attribute are rejected
        assertEquals(14, summary.rowsRead());
        assertEquals(3, summary.rowsRejected());
        List<String> rejects = Files.readAllLines(summary.folder().resolve("tables/rejects.csv"),
                StandardCharsets.UTF_8).stream().map(l -> l.replace(temp + "/", "")).toList();
        assertEquals(4, rejects.size(), rejects.toString());
        assertTrue(rejects.get(1).startsWith("data/attributes.csv,3,1,initiative,ind-mission,not used: its initiative"
                + " 'ind-mission' was rejected"), rejects.get(1));
        assertTrue(rejects.get(2).startsWith("data/figures.csv,4,2,initiative,ind-mission,"), rejects.get(2));
        assertTrue(rejects.get(3).startsWith("data/initiatives.csv,4,2,jurisdiction,ZZZ,unknown jurisdiction"),
                rejects.get(3));
        List<String> figures = Files.readAllLines(summary.folder().resolve("tables/figures_normalised.csv"));
        assertEquals(3, figures.size()); // header + the two French figures
        assertFalse(figures.stream().anyMatch(l -> l.contains("ind-mission")));
    }

    private List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
