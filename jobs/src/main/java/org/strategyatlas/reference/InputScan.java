package org.strategyatlas.reference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/** The input files found under the paths given on the command line, sorted into the formats we read. */
record InputScan(List<SourceFile> wide, List<SourceFile> longData, List<SourceFile> metadata,
                 List<SourceFile> ecb, List<SkippedFile> skipped) {

    /** Walks every path (a folder recursively, in name order); the same file reached twice counts once. */
    static InputScan of(List<Path> inputs) throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        List<SourceFile> found = new ArrayList<>();
        Set<Path> seen = new HashSet<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) {
                problems.add(InputProblem.ofFile(input.toString(), "no such file or folder",
                        "a WDI download, a datapackage folder, a Metadata_Country file or eurofxref-hist.csv"));
                continue;
            }
            Path base = input.toAbsolutePath().normalize().getFileName();
            String prefix = base == null ? "" : base + "/";
            try (Stream<Path> walk = Files.walk(input)) {
                for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                    String name = Files.isDirectory(input)
                            ? prefix + input.relativize(file).toString().replace('\\', '/')
                            : file.getFileName().toString();
                    if (seen.add(file.toRealPath())) {
                        found.add(new SourceFile(file, name));
                    }
                }
            } catch (IOException e) {
                problems.add(InputProblem.ofFile(input.toString(), "cannot read: " + e, null));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return classify(found);
    }

    private static InputScan classify(List<SourceFile> files) throws InputException {
        List<SourceFile> wide = new ArrayList<>();
        List<SourceFile> longData = new ArrayList<>();
        List<SourceFile> metadata = new ArrayList<>();
        List<SourceFile> ecb = new ArrayList<>();
        List<SourceFile> packages = new ArrayList<>();
        List<SkippedFile> skipped = new ArrayList<>();
        for (SourceFile file : files) {
            String name = file.path().getFileName().toString();
            boolean csv = name.toLowerCase(Locale.ROOT).endsWith(".csv");
            if (csv && name.startsWith("API_")) {
                wide.add(file);
            } else if (csv && name.startsWith("Metadata_Country_")) {
                metadata.add(file);
            } else if (name.equals(EcbReader.FILE_NAME)) {
                ecb.add(file);
            } else if (name.equals(LongWdiReader.DATA_FILE)
                    && Files.isRegularFile(file.path().resolveSibling(DataPackage.FILE_NAME))) {
                longData.add(file);
            } else if (name.equals(DataPackage.FILE_NAME)) {
                packages.add(file);
            } else {
                skipped.add(new SkippedFile(file.display(), name.equals(LongWdiReader.DATA_FILE)
                        ? "data.csv without a datapackage.json beside it"
                        : "not a reference input (API_*.csv, data.csv + datapackage.json, Metadata_Country_*.csv "
                        + "or eurofxref-hist.csv)"));
            }
        }
        Set<Path> readAlong = new HashSet<>();
        longData.forEach(f -> readAlong.add(f.path().resolveSibling(DataPackage.FILE_NAME)));
        for (SourceFile p : packages) {
            if (!readAlong.contains(p.path())) {
                skipped.add(new SkippedFile(p.display(), "a datapackage.json is read only with the data.csv "
                        + "beside it; give that file or its folder"));
            }
        }
        List<InputProblem> problems = new ArrayList<>();
        onlyOne(metadata, "country metadata files", problems);
        onlyOne(ecb, "ECB rate files", problems);
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new InputScan(wide, longData, metadata, ecb, skipped);
    }

    private static void onlyOne(List<SourceFile> files, String what, List<InputProblem> problems) {
        for (int i = 1; i < files.size(); i++) {
            problems.add(InputProblem.ofFile(files.get(i).display(), "two " + what + " given: this one and "
                    + files.get(0).display(), "only one of them; pass the one whose vintage you want"));
        }
    }

    boolean isEmpty() {
        return wide.isEmpty() && longData.isEmpty() && metadata.isEmpty() && ecb.isEmpty();
    }
}
