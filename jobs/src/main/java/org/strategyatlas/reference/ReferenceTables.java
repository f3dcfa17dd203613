package org.strategyatlas.reference;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.strategyatlas.ingest.CsvFile;
import org.strategyatlas.ingest.CsvRow;
import org.strategyatlas.ingest.InputException;

/**
 * Reads rows of the importer's own output files back, checking every cell so a hand edit cannot slip
 * through. Each method adds a problem for every bad cell and returns empty when the row is unusable.
 */
final class ReferenceTables {

    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");
    private static final Pattern COUNT = Pattern.compile("\\d{1,18}");
    private static final Pattern FILE = Pattern.compile("[a-z0-9._]+\\.csv");
    private static final String FIX = "; re-run atlas reference import rather than editing the file";

    private ReferenceTables() {
    }

    static CsvFile open(Path dir, String file, List<String> columns) throws InputException {
        return CsvFile.read(dir.resolve(file), dir.resolve(file).toString(), columns);
    }

    static Optional<VintageRow> vintage(CsvRow row, Problems problems) {
        int before = problems.count();
        String file = row.get("file");
        if (!FILE.matcher(file).matches()) {
            problems.add(row.problem("file", "not an output file name", "e.g. sp.pop.totl.csv" + FIX));
        }
        long rows = count(row, "rows", problems);
        Integer first = row.get("first_year").isEmpty() ? null : year(row, "first_year", problems);
        Integer last = row.get("last_year").isEmpty() ? null : year(row, "last_year", problems);
        if (problems.count() > before) {
            return Optional.empty();
        }
        return Optional.of(new VintageRow(file, row.get("indicator"), row.get("source_file"),
                row.get("source_sha256"), row.get("publisher"), row.get("last_updated"), row.get("licence"),
                rows, first, last, row.get("notes")));
    }

    static Optional<Economy> economy(CsvRow row, Problems problems) {
        int before = problems.count();
        String code = row.get("code");
        if (!Economy.isValidCode(code)) {
            problems.add(row.problem("code", "not an economy code", "three upper-case letters or digits" + FIX));
        }
        if (row.get("name").isBlank()) {
            problems.add(row.problem("name", "empty name", "the economy's name" + FIX));
        }
        boolean aggregate = bool(row, "aggregate", problems);
        return problems.count() > before ? Optional.empty() : Optional.of(new Economy(code, row.get("name"),
                row.get("region"), row.get("income_group"), aggregate));
    }

    static Optional<AnnualRate> rate(CsvRow row, Problems problems) {
        int before = problems.count();
        String currency = row.get("currency");
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(row.problem("currency", "not a currency code", "an ISO 4217 code such as USD" + FIX));
        }
        int year = year(row, "year", problems);
        int cell = problems.count();
        BigDecimal value = decimal(row, "value", problems);
        if (problems.count() == cell && value.signum() <= 0) {
            problems.add(row.problem("value", "not a positive rate", "a rate above zero" + FIX));
        }
        cell = problems.count();
        long observations = count(row, "observations", problems);
        if (problems.count() == cell && observations < 1) {
            problems.add(row.problem("observations", "an average of no days", "a count of at least 1" + FIX));
        }
        boolean complete = bool(row, "complete", problems);
        return problems.count() > before ? Optional.empty()
                : Optional.of(new AnnualRate(currency, year, value, (int) observations, complete));
    }

    /** The year in {@code column}, or 0 after adding a problem. */
    static int year(CsvRow row, String column, Problems problems) {
        String raw = row.get(column);
        if (YEAR.matcher(raw).matches()) {
            return Integer.parseInt(raw);
        }
        problems.add(row.problem(column, "not a year", "a four-digit year such as 2024" + FIX));
        return 0;
    }

    /** The number in {@code column}, or zero after adding a problem. */
    static BigDecimal decimal(CsvRow row, String column, Problems problems) {
        Optional<BigDecimal> value = Decimals.parse(row.get(column));
        if (value.isEmpty()) {
            problems.add(row.problem(column, "not a number", Decimals.EXPECTED + FIX));
        }
        return value.orElse(BigDecimal.ZERO);
    }

    private static long count(CsvRow row, String column, Problems problems) {
        String raw = row.get(column);
        if (COUNT.matcher(raw).matches()) {
            return Long.parseLong(raw);
        }
        problems.add(row.problem(column, "not a count", "a whole number such as 6825" + FIX));
        return 0;
    }

    private static boolean bool(CsvRow row, String column, Problems problems) {
        String raw = row.get(column);
        if (!raw.equals("true") && !raw.equals("false")) {
            problems.add(row.problem(column, "not true or false", "true or false" + FIX));
        }
        return raw.equals("true");
    }
}
