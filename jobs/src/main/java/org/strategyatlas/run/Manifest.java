package org.strategyatlas.run;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.strategyatlas.ingest.FileCount;
import org.strategyatlas.publish.Table;
import org.strategyatlas.util.DisplayPaths;
import org.strategyatlas.util.Hashing;
import org.strategyatlas.util.Versions;

/**
 * manifest.json of a run: what went in (with SHA-256 and row counts that reconcile), the parameters, the
 * versions, what came out, and how long each step took. Keys keep a fixed order so manifests diff well.
 */
final class Manifest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, Object> root = new LinkedHashMap<>();
    private final Map<String, Long> timings = new LinkedHashMap<>();

    Manifest(String runId, String started) {
        root.put("run_id", runId);
        root.put("started", started);
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("strategy_atlas", Versions.atlas());
        versions.put("java", Versions.java());
        versions.put("spark", Versions.spark());
        root.put("versions", versions);
    }

    void parameters(RunOptions options) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("data", DisplayPaths.of(options.dataDir()));
        p.put("seeds", DisplayPaths.of(options.seedsDir()));
        p.put("reference", DisplayPaths.of(options.referenceDir()));
        p.put("out", DisplayPaths.of(options.outRoot()));
        p.put("texts", options.textDirs().stream().map(DisplayPaths::of).toList());
        root.put("parameters", p);
    }

    void inputs(List<FileCount> counts) {
        List<Map<String, Object>> inputs = new ArrayList<>();
        long read = 0;
        long used = 0;
        long rejected = 0;
        for (FileCount c : counts) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("file", c.file());
            entry.put("sha256", c.sha256());
            entry.put("bytes", c.bytes());
            entry.put("rows_read", c.read());
            entry.put("rows_used", c.used());
            entry.put("rows_rejected", c.rejected());
            inputs.add(entry);
            read += c.read();
            used += c.used();
            rejected += c.rejected();
        }
        root.put("inputs", inputs);
        Map<String, Long> totals = new LinkedHashMap<>();
        totals.put("rows_read", read);
        totals.put("rows_used", used);
        totals.put("rows_rejected", rejected);
        root.put("input_totals", totals);
    }

    void reference(Path referenceDir) throws IOException {
        List<Map<String, Object>> files = new ArrayList<>();
        try (Stream<Path> paths = Files.list(referenceDir)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("file", DisplayPaths.of(p));
                entry.put("sha256", Hashing.sha256(p));
                files.add(entry);
            }
        }
        root.put("reference", files);
    }

    /** Rows and columns of every published table. */
    void tables(List<Table> tables) {
        Map<String, Object> byName = new LinkedHashMap<>();
        for (Table t : tables) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("rows", t.totalRows());
            entry.put("columns", t.columns().size());
            byName.put(t.name(), entry);
        }
        root.put("tables", byName);
    }

    void put(String key, Object value) {
        root.put(key, value);
    }

    void timing(String step, long millis) {
        timings.put(step, millis);
    }

    /** Lists every file under {@code folder} (relative names, SHA-256, bytes) and writes manifest.json there. */
    void write(Path folder, String finished) throws IOException {
        List<Map<String, Object>> outputs = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.filter(Files::isRegularFile).sorted().toList()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("file", folder.relativize(p).toString().replace('\\', '/'));
                entry.put("sha256", Hashing.sha256(p));
                entry.put("bytes", Files.size(p));
                outputs.add(entry);
            }
        }
        root.put("outputs", outputs);
        root.put("timings_ms", timings);
        root.put("finished", finished);
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        Files.writeString(folder.resolve("manifest.json"), JSON.writer(printer).writeValueAsString(root) + "\n");
    }
}
