package org.strategyatlas.reference;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVPrinter;
import org.strategyatlas.ingest.CsvFile;
import org.strategyatlas.ingest.CsvRow;
import org.strategyatlas.ingest.InputException;

/** Writes the reference folder: one file per indicator, economies, ECB annual rates, and the vintage. */
final class ReferenceWriter {

    // Only files an earlier import wrote are ever removed, and only names the importer itself makes.
    private static final Pattern OWN_FILE = Pattern.compile("[a-z0-9._]+\\.csv");

    private ReferenceWriter() {
    }

    /** Writes every table from {@code fromYear} on and returns the vintage rows, sorted by file name. */
    static List<VintageRow> write(Path out, int fromYear, List<Series> series, CountryMetadata metadata,
                                  EcbRates ecb) throws IOException {
        Files.createDirectories(out);
        Set<String> previous = previousFiles(out);
        List<VintageRow> vintage = new ArrayList<>();
        for (Series s : series) {
            List<Observation> rows = s.from(fromYear);
            String file = Indicators.fileName(s.indicator());
            writeCsv(out.resolve(file), ReferenceFiles.INDICATOR_COLUMNS, printer -> {
                for (Observation o : rows) {
                    printer.printRecord(s.indicator(), o.economy(), o.year(), Decimals.plain(o.value()));
                }
            });
            Provenance described = s.title().isEmpty() ? s.provenance()
                    : s.provenance().withNotes(s.title() + "; " + s.provenance().notes());
            vintage.add(row(file, s.indicator(), described, rows.size(),
                    rows.stream().map(Observation::year).toList()));
        }
        if (metadata != null) {
            writeCsv(out.resolve(ReferenceFiles.ECONOMIES), ReferenceFiles.ECONOMY_COLUMNS, printer -> {
                for (Economy e : metadata.economies()) {
                    printer.printRecord(e.code(), e.name(), e.region(), e.incomeGroup(), e.aggregate());
                }
            });
            vintage.add(row(ReferenceFiles.ECONOMIES, "", metadata.provenance(), metadata.economies().size(),
                    List.of()));
        }
        if (ecb != null) {
            List<AnnualRate> rates = ecb.from(fromYear);
            writeCsv(out.resolve(ReferenceFiles.ECB_ANNUAL), ReferenceFiles.ECB_COLUMNS, printer -> {
                for (AnnualRate r : rates) {
                    printer.printRecord(r.currency(), r.year(), Decimals.plain(r.value()), r.observations(),
                            r.complete());
                }
            });
            vintage.add(row(ReferenceFiles.ECB_ANNUAL, "", ecb.provenance(), rates.size(),
                    rates.stream().map(AnnualRate::year).toList()));
        }
        vintage.sort(Comparator.comparing(VintageRow::file));
        writeCsv(out.resolve(ReferenceFiles.VINTAGE), ReferenceFiles.VINTAGE_COLUMNS, printer -> {
            for (VintageRow v : vintage) {
                printer.printRecord(v.file(), v.indicator(), v.sourceFile(), v.sourceSha256(), v.publisher(),
                        v.lastUpdated(), v.licence(), v.rows(), orEmpty(v.firstYear()), orEmpty(v.lastYear()),
                        v.notes());
            }
        });
        removeStale(out, previous, vintage);
        return vintage;
    }

    private static VintageRow row(String file, String indicator, Provenance p, long rows, List<Integer> years) {
        Integer first = years.stream().min(Integer::compare).orElse(null);
        Integer last = years.stream().max(Integer::compare).orElse(null);
        return new VintageRow(file, indicator, p.sourceFile(), p.sha256(), p.publisher(), p.lastUpdated(),
                p.licence(), rows, first, last, p.notes());
    }

    private static Object orEmpty(Integer year) {
        return year == null ? "" : year;
    }

    /** Writes next to the target and then moves into place, so a failed write never leaves half a file. */
    private static void writeCsv(Path target, List<String> header, Body body) throws IOException {
        // A fixed hidden name beside the target (not createTempFile) keeps the folder's usual permissions.
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(writer, ReferenceFiles.WRITE_FORMAT)) {
                printer.printRecord(header);
                body.print(printer);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Set<String> previousFiles(Path out) {
        Set<String> files = new HashSet<>();
        Path vintage = out.resolve(ReferenceFiles.VINTAGE);
        if (Files.isRegularFile(vintage)) {
            try {
                for (CsvRow row : CsvFile.read(vintage, vintage.toString(), List.of("file")).rows()) {
                    files.add(row.get("file"));
                }
            } catch (InputException e) {
                return Set.of(); // an unreadable old vintage is simply replaced; nothing is removed
            }
        }
        return files;
    }

    private static void removeStale(Path out, Set<String> previous, List<VintageRow> vintage) throws IOException {
        Set<String> current = new HashSet<>();
        vintage.forEach(v -> current.add(v.file()));
        for (String file : previous) {
            if (!current.contains(file) && OWN_FILE.matcher(file).matches()
                    && !file.equals(ReferenceFiles.VINTAGE)) {
                Files.deleteIfExists(out.resolve(file));
            }
        }
    }

    @FunctionalInterface
    private interface Body {
        void print(CSVPrinter printer) throws IOException;
    }
}
