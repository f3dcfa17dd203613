package org.strategyatlas.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.strategyatlas.model.Coded;
import org.strategyatlas.model.PartialDate;

/**
 * Reads typed cells from one CSV row, collecting a problem for every bad cell instead of stopping at the
 * first, so one pass reports everything wrong with a row. Readers return null for a bad or empty cell;
 * the caller builds a record only when {@link #ok()}.
 */
final class RowReader {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    static final Pattern SOURCE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]*");
    static final int MIN_YEAR = 1990;
    static final int MAX_YEAR = 2100;

    /** BCP 47 language tag: a 2-3 letter language, optionally a script and a region. */
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\\d{3}))?");
    /** Plain decimal as the data files write it: digits, one optional dot; no sign, exponent or grouping. */
    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    private final CsvRow row;
    private final List<InputProblem> problems = new ArrayList<>();

    RowReader(CsvRow row) {
        this.row = row;
    }

    boolean ok() {
        return problems.isEmpty();
    }

    List<InputProblem> problems() {
        return problems;
    }

    CsvRow row() {
        return row;
    }

    void problem(String column, String message, String expected) {
        problems.add(row.problem(column, message, expected));
    }

    /** The cell as written; a problem when it is empty or only white space. */
    String required(String column) {
        String value = row.get(column);
        if (value.isBlank()) {
            problem(column, "missing value", "a value in every row");
            return null;
        }
        if (!value.strip().equals(value)) {
            problem(column, "leading or trailing white space", "the value without surrounding spaces");
            return null;
        }
        return value;
    }

    /** The cell as written, or "" when empty. */
    String optional(String column) {
        String value = row.get(column);
        if (!value.isEmpty() && !value.strip().equals(value)) {
            problem(column, "leading or trailing white space", "the value without surrounding spaces");
        }
        return value;
    }

    String matching(String column, Pattern pattern, String expected, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value == null || value.isEmpty()) {
            return value;
        }
        if (!pattern.matcher(value).matches()) {
            problem(column, "malformed value", expected);
            return null;
        }
        return value;
    }

    String id(String column) {
        return matching(column, ID, "lower-case letters, digits and '-' (e.g. fra-ai-strategy-2018)", true);
    }

    String code(String column) {
        return matching(column, CODE, "a lower-case code of letters, digits and '_' (e.g. people_trained)", true);
    }

    String language(String column) {
        return matching(column, LANGUAGE, "a BCP 47 language tag such as en, fr, zh or pt-BR", true);
    }

    <E extends Enum<E> & Coded> E enumValue(String column, Class<E> type, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Optional<E> parsed = Coded.parse(type, value);
        if (parsed.isEmpty()) {
            problem(column, "unknown value", Coded.allowed(type));
            return null;
        }
        return parsed.get();
    }

    Integer year(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!YEAR.matcher(value).matches()) {
            problem(column, "not a year", "four digits, e.g. 2025");
            return null;
        }
        int year = Integer.parseInt(value);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problem(column, "year out of range", "a year from " + MIN_YEAR + " to " + MAX_YEAR);
            return null;
        }
        return year;
    }

    PartialDate date(String column, boolean required) {
        String value = required ? required(column) : optional(column);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Optional<PartialDate> parsed = PartialDate.parse(value);
        if (parsed.isEmpty()) {
            problem(column, "not a date", "an ISO date as precise as the source: 2025, 2025-02 or 2025-02-09");
            return null;
        }
        if (parsed.get().year() < MIN_YEAR || parsed.get().year() > MAX_YEAR) {
            problem(column, "year out of range", "a date from " + MIN_YEAR + " to " + MAX_YEAR);
            return null;
        }
        return parsed.get();
    }

    BigDecimal decimal(String column) {
        String value = optional(column);
        if (value.isEmpty()) {
            return null;
        }
        if (!DECIMAL.matcher(value).matches()) {
            problem(column, "not a plain decimal number",
                    "digits with an optional '.' decimal point, no sign, exponent or thousands separator"
                            + " (e.g. 109000000000 or 10.5)");
            return null;
        }
        return new BigDecimal(value);
    }

    Boolean bool(String column) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                problem(column, "not a boolean", "true or false");
                yield null;
            }
        };
    }

    /** A ';'-separated list; empty items are a problem (a stray ';'). */
    List<String> list(String column, Pattern itemPattern, String expected) {
        String value = optional(column);
        if (value.isEmpty()) {
            return List.of();
        }
        List<String> items = Arrays.stream(value.split(";", -1)).map(String::strip).toList();
        for (String item : items) {
            if (item.isEmpty() || (itemPattern != null && !itemPattern.matcher(item).matches())) {
                problem(column, "malformed list item '" + item + "'", expected + ", separated by ';'");
                return List.of();
            }
        }
        return items;
    }
}
