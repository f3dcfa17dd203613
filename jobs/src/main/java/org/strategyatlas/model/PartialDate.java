package org.strategyatlas.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date known only as precisely as its source gives it: a year, a month or a day; a day is never invented. */
public record PartialDate(int year, Integer month, Integer day) implements Comparable<PartialDate> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (day != null && month == null) {
            throw new IllegalArgumentException("a day needs a month");
        }
        if (month != null && (month < 1 || month > 12)) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != null) {
            LocalDate.of(year, month, day); // throws DateTimeException for 2025-02-30
        }
    }

    /** Parses {@code 2025}, {@code 2025-02} or {@code 2025-02-09}; empty when the text is not one of those. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                    m.group(2) == null ? null : Integer.valueOf(m.group(2)),
                    m.group(3) == null ? null : Integer.valueOf(m.group(3))));
        } catch (IllegalArgumentException | DateTimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        if (month == null) {
            return String.format(Locale.ROOT, "%04d", year);
        }
        if (day == null) {
            return String.format(Locale.ROOT, "%04d-%02d", year, month);
        }
        return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
    }

    @Override
    public int compareTo(PartialDate other) {
        int c = Integer.compare(year, other.year);
        if (c != 0) {
            return c;
        }
        c = Integer.compare(month == null ? 0 : month, other.month == null ? 0 : other.month);
        return c != 0 ? c : Integer.compare(day == null ? 0 : day, other.day == null ? 0 : other.day);
    }
}
