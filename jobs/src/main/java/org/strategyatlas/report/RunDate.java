package org.strategyatlas.report;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The date of a run, read from its id ({@code 20240501T120000Z}, or {@code 2024-05-01T...}), in UTC. */
final class RunDate {

    private static final Pattern DATE = Pattern.compile("^(\\d{4})-?(\\d{2})-?(\\d{2})T");

    private RunDate() {
    }

    static Optional<LocalDate> of(String runId) {
        Matcher m = DATE.matcher(runId);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
