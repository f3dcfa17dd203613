package org.strategyatlas.run;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A run's output folder, written under a temporary name beside the others and renamed into place only when
 * complete, after which {@code latest} is switched to it. A failed run leaves the previous ones untouched.
 */
public final class RunFolder {

    static final String LATEST = "latest";
    /** A complete run folder's name: its UTC start time, with -N when several started in one second. */
    static final Pattern RUN_NAME = Pattern.compile("\\d{8}T\\d{6}Z(-\\d+)?");
    private static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path outRoot;
    private final String runId;
    private final Path work;

    private RunFolder(Path outRoot, String runId, Path work) {
        this.outRoot = outRoot;
        this.runId = runId;
        this.work = work;
    }

    /** Creates the temporary folder of a new run under {@code outRoot}, with an id from {@code now}. */
    public static RunFolder begin(Path outRoot, Instant now) throws IOException {
        Files.createDirectories(outRoot);
        String base = RUN_ID.format(now);
        for (int attempt = 0; ; attempt++) {
            String runId = attempt == 0 ? base : base + "-" + (attempt + 1);
            if (Files.exists(outRoot.resolve(runId))) {
                continue;
            }
            Path work = outRoot.resolve(".tmp-" + runId);
            try {
                Files.createDirectory(work);
                return new RunFolder(outRoot, runId, work);
            } catch (FileAlreadyExistsException e) {
                // another run took this id in the same second; try the next
            }
        }
    }

    public String runId() {
        return runId;
    }

    /** Where outputs are written until {@link #commit()}. */
    public Path work() {
        return work;
    }

    /** Renames the finished folder into place and points {@code latest} at it; returns the final folder. */
    public Path commit() throws IOException {
        Path done = outRoot.resolve(runId);
        Faults.point(Faults.BEFORE_RENAME);
        Files.move(work, done, StandardCopyOption.ATOMIC_MOVE);
        Faults.point(Faults.BEFORE_LATEST);
        Path link = outRoot.resolve(".latest-" + runId);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, Path.of(runId));
        Files.move(link, outRoot.resolve(LATEST), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return done;
    }

    /** Deletes the temporary folder of a run that did not finish. */
    public void abort() throws IOException {
        deleteTree(work);
    }

    /**
     * Removes what killed runs left behind (temporary run folders, half-made {@code latest} links). Call it
     * only while holding the output lock: then no other run can own them.
     */
    static List<String> removeStale(Path outRoot) throws IOException {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(outRoot)) {
            return removed;
        }
        try (Stream<Path> entries = Files.list(outRoot)) {
            for (Path p : entries.sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(".tmp-") || name.startsWith(".latest-")) {
                    deleteTree(p);
                    removed.add(name);
                }
            }
        }
        return removed;
    }

    /** Deletes complete runs beyond the newest {@code keep}, never the one {@code latest} points to. */
    static List<String> prune(Path outRoot, int keep) throws IOException {
        Path latest = outRoot.resolve(LATEST);
        String current = Files.isSymbolicLink(latest) ? Files.readSymbolicLink(latest).toString() : "";
        List<String> runs;
        try (Stream<Path> entries = Files.list(outRoot)) {
            runs = entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).filter(name -> RUN_NAME.matcher(name).matches())
                    .sorted(Comparator.reverseOrder()).toList();
        }
        List<String> removed = new ArrayList<>();
        for (int i = keep; i < runs.size(); i++) {
            if (!runs.get(i).equals(current)) {
                deleteTree(outRoot.resolve(runs.get(i)));
                removed.add(runs.get(i));
            }
        }
        return removed;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
