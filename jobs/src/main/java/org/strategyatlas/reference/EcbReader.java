package org.strategyatlas.reference;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.strategyatlas.ingest.CsvFile;
import org.strategyatlas.ingest.CsvRow;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/**
 * Reads the ECB's {@code eurofxref-hist.csv} (daily euro reference rates, newest first, {@code N/A} where
 * a currency has no rate) and averages each currency's daily rates per calendar year.
 */
final class EcbReader {

    static final String FILE_NAME = "eurofxref-hist.csv";
    static final int SCALE = 6;

    private static final String DATE = "Date";
    private static final String MISSING = "N/A";
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private EcbReader() {
    }

    static EcbRates read(SourceFile source) throws InputException {
        CsvFile csv = CsvFile.read(source.path(), source.display(), List.of(DATE));
        Problems problems = new Problems(source.display());
        List<String> currencies = new ArrayList<>();
        List<String> names = csv.headerNames();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (CURRENCY.matcher(name).matches()) {
                currencies.add(name);
            } else if (!name.equals(DATE) && !name.isEmpty()) {
                problems.add(new InputProblem(source.display(), 1, i + 1, null, name, "not a currency code",
                        "Date, then one ISO 4217 code per column (USD, JPY, ...)"));
            }
        }
        Map<String, Map<Integer, YearTotal>> totals = new TreeMap<>();
        Set<LocalDate> dates = new HashSet<>();
        LocalDate first = LocalDate.MAX;
        LocalDate last = LocalDate.MIN;
        for (CsvRow row : csv.rows()) {
            LocalDate date;
            try {
                date = LocalDate.parse(row.get(DATE));
            } catch (DateTimeParseException e) {
                problems.add(row.problem(DATE, "not a date", "an ISO date such as 2024-01-02"));
                continue;
            }
            if (!dates.add(date)) {
                problems.add(row.problem(DATE, "second row for this date", "one row per business day"));
                continue;
            }
            first = date.isBefore(first) ? date : first;
            last = date.isAfter(last) ? date : last;
            for (String currency : currencies) {
                String raw = row.get(currency);
                if (raw.equals(MISSING) || raw.isEmpty()) {
                    continue; // no rate that day: the currency had not started, had ended, or was suspended
                }
                Optional<BigDecimal> rate = Decimals.parse(raw).filter(v -> v.signum() > 0);
                if (rate.isEmpty()) {
                    problems.add(row.problem(currency, "not a positive rate",
                            Decimals.EXPECTED + " above zero, or N/A when there is no rate"));
                    continue;
                }
                totals.computeIfAbsent(currency, c -> new TreeMap<>())
                        .computeIfAbsent(date.getYear(), y -> new YearTotal()).add(rate.get(), date);
            }
            TrailingColumns.check(row, problems);
        }
        if (dates.isEmpty()) {
            problems.add(InputProblem.ofFile(source.display(), "no rates", "one row per business day"));
        }
        problems.throwIfAny();
        List<AnnualRate> rates = new ArrayList<>();
        totals.forEach((currency, years) -> years.forEach((year, total) -> rates.add(total.toRate(currency, year))));
        return new EcbRates(rates, new Provenance(source.name(), source.sha256(), "European Central Bank", "", "",
                notes(first, last)));
    }

    private static String notes(LocalDate first, LocalDate last) {
        return "ECB euro foreign exchange reference rates, daily from " + first + " to " + last
                + "; value = arithmetic mean of the year's available daily rates (N/A days left out), rounded "
                + "half-even to " + SCALE + " decimals, in units of currency per 1 EUR; complete = rates in both "
                + "January and December of that year; the file states no licence: the ECB permits reproduction "
                + "of its reference rates provided the source is acknowledged";
    }

    /** The running sum of one currency's daily rates in one year; lives only while one file is read. */
    private static final class YearTotal {
        private BigDecimal sum = BigDecimal.ZERO;
        private int count;
        private boolean january;
        private boolean december;

        void add(BigDecimal rate, LocalDate date) {
            sum = sum.add(rate);
            count++;
            january |= date.getMonthValue() == 1;
            december |= date.getMonthValue() == 12;
        }

        AnnualRate toRate(String currency, int year) {
            // A year counts as complete only when it is covered at both ends: this flags the year in
            // progress and series that start or stop mid-year (RUB 2022, CNY 2005, ISK 2008).
            BigDecimal mean = sum.divide(BigDecimal.valueOf(count), SCALE, RoundingMode.HALF_EVEN);
            return new AnnualRate(currency, year, mean, count, january && december);
        }
    }
}
