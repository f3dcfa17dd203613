package org.strategyatlas.bench.report;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.strategyatlas.bench.duckdb.CountryTotals;

/**
 * Whether DuckDB's totals of a benchmark dataset equal our run's {@code country_comparison.csv}: the check of the
 * unit test, repeated on the large data where the job reads with Spark.
 */
final class TotalsCheck {

    static final double RELATIVE = 1e-9;

    private TotalsCheck() {
    }

    /** "equal totals (8 columns, 218 jurisdictions)", or what differs first; empty when a file is missing. */
    static Optional<String> compare(Path ours, Path duck) throws IOException {
        if (!Files.isRegularFile(ours) || !Files.isRegularFile(duck)) {
            return Optional.empty();
        }
        Map<String, CSVRecord> duckRows = new HashMap<>();
        for (CSVRecord row : read(duck)) {
            duckRows.put(row.get("jurisdiction"), row);
        }
        List<CSVRecord> ourRows = read(ours);
        if (ourRows.size() != duckRows.size()) {
            return Optional.of("totals differ: " + ourRows.size() + " jurisdictions in ours, " + duckRows.size()
                    + " in DuckDB");
        }
        for (CSVRecord row : ourRows) {
            CSVRecord other = duckRows.get(row.get("jurisdiction"));
            if (other == null) {
                return Optional.of("totals differ: DuckDB has no " + row.get("jurisdiction"));
            }
            for (String column : CountryTotals.COLUMNS) {
                if (!close(row.get(column), other.get(column))) {
                    return Optional.of("totals differ: " + row.get("jurisdiction") + " " + column + " ours "
                            + row.get(column) + ", DuckDB " + other.get(column));
                }
            }
        }
        return Optional.of("equal totals within 1e-9 (" + CountryTotals.COLUMNS.size() + " columns, "
                + ourRows.size() + " jurisdictions)");
    }

    static boolean close(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty();
        }
        double x = Double.parseDouble(a);
        double y = Double.parseDouble(b);
        return Math.abs(x - y) <= RELATIVE * Math.max(Math.abs(x), Math.abs(y));
    }

    private static List<CSVRecord> read(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
