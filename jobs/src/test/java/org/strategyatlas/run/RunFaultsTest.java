package org.strategyatlas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategyatlas.SharedSpark;
import org.strategyatlas.TestPaths;
import org.strategyatlas.util.Hashing;

/**
 * Runs killed at every stage of publishing, on a full disk and on a read-only output folder: the previous run
 * and {@code latest} always survive intact, and the next run completes without manual clean-up.
 */
class RunFaultsTest {

    static final Instant T0 = Instant.parse("2026-05-06T07:08:09Z");
    static final String FIRST = "20260506T070809Z";

    @TempDir
    Path temp;

    Path mount;
    RunOptions options;

    @BeforeEach
    void dataset() {
        TestPaths.copyTree(TestPaths.resource("datasets/minimal"), temp);
        options = RunOptions.defaults(TestPaths.root()).withPaths(temp.resolve("data"), temp.resolve("seeds"),
                TestPaths.root().resolve("data/reference"), temp.resolve("out"));
    }

    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            new ProcessBuilder("umount", mount.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }

    @ParameterizedTest(name = "halted at {0}")
    @ValueSource(strings = {Faults.TABLES_WRITTEN, Faults.OUTPUTS_WRITTEN, Faults.BEFORE_RENAME,
        Faults.BEFORE_LATEST})
    void aRunKilledWhilePublishingLeavesLatestIntact(String point) throws Exception {
        run(T0);
        assertEquals(137, child("-D" + Faults.PROPERTY + "=" + point).waitFor(), this::childLog);

        assertLatestIsCompleteRun(FIRST);
        RunSummary next = run(T0.plusSeconds(3600));
        assertLatestIsCompleteRun(next.runId());
        assertTrue(listing(options.outRoot()).stream().noneMatch(n -> n.startsWith(".tmp-")
                || n.startsWith(".latest-")), listing(options.outRoot()).toString());
    }

    @Test
    void aRunKilledWithSigkillMidwayLeavesLatestIntact() throws Exception {
        run(T0);
        Process child = child();
        // wait until the child is inside its run (it holds the lock and has begun writing), then kill it
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (child.isAlive() && System.nanoTime() < deadline
                && listing(options.outRoot()).stream().noneMatch(n -> n.startsWith(".tmp-"))) {
            Thread.sleep(20);
        }
        child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL on Linux

        assertLatestIsCompleteRun(FIRST);
        assertLatestIsCompleteRun(run(T0.plusSeconds(3600)).runId());
    }

    @Test
    void aFullDiskFailsTheRunAndKeepsThePreviousOne() throws Exception {
        mountTmpfs("64m");
        run(T0);
        Path filler = options.outRoot().resolve("filler");
        Process dd = new ProcessBuilder("dd", "if=/dev/zero", "of=" + filler, "bs=64k").start();
        dd.waitFor(60, TimeUnit.SECONDS); // stops when the file system is full

        assertThrows(IOException.class, () -> run(T0.plusSeconds(60)));

        assertLatestIsCompleteRun(FIRST);
        Files.delete(filler);
        assertLatestIsCompleteRun(run(T0.plusSeconds(120)).runId());
    }

    @Test
    void aReadOnlyOutputFolderFailsTheRunAndKeepsThePreviousOne() throws Exception {
        mountTmpfs("64m");
        run(T0);
        exec("mount", "-o", "remount,ro", mount.toString());

        assertThrows(IOException.class, () -> run(T0.plusSeconds(60)));
        assertEquals(4, child().waitFor(), () -> "exit code 4, output not writable; " + childLog());

        assertLatestIsCompleteRun(FIRST);
    }

    private RunSummary run(Instant at) throws Exception {
        return new RunJob(Clock.fixed(at, ZoneOffset.UTC), Progress.silent(), SharedSpark::session).run(options);
    }

    /** The real command line in its own JVM, as a scheduler would start it. */
    private Process child(String... jvmOptions) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "@" + TestPaths.root().resolve("jvm.args")));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.strategyatlas.cli.AtlasCommand",
                "run", "--quiet", "--data", options.dataDir().toString(), "--seeds", options.seedsDir().toString(),
                "--reference", options.referenceDir().toString(), "--out", options.outRoot().toString()));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(temp.resolve("child.log").toFile()).start();
    }

    /** latest points to {@code runId}, whose manifest lists outputs that all exist with their SHA-256. */
    private void assertLatestIsCompleteRun(String runId) throws IOException {
        Path latest = options.outRoot().resolve("latest");
        assertEquals(Path.of(runId), Files.readSymbolicLink(latest));
        JsonNode manifest = new ObjectMapper().readTree(latest.resolve("manifest.json").toFile());
        assertEquals(runId, manifest.get("run_id").asText());
        assertTrue(manifest.get("outputs").size() > 10);
        for (JsonNode output : manifest.get("outputs")) {
            Path file = latest.resolve(output.get("file").asText());
            assertEquals(output.get("sha256").asText(), Hashing.sha256(file), file.toString());
        }
    }

    private void mountTmpfs(String size) throws Exception {
        Path point = Files.createDirectories(options.outRoot());
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", point.toString())
                .redirectErrorStream(true).start();
        Assumptions.assumeTrue(p.waitFor() == 0, "cannot mount a tmpfs here (needs root): " + new String(
                p.getInputStream().readAllBytes()).strip());
        mount = point;
    }

    private String childLog() {
        try {
            return Files.readString(temp.resolve("child.log"));
        } catch (IOException e) {
            return "no child log: " + e;
        }
    }

    private static void exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertEquals(0, p.waitFor(), String.join(" ", command) + ": " + new String(p.getInputStream().readAllBytes()));
    }

    private static List<String> listing(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
