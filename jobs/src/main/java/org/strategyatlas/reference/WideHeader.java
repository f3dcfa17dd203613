package org.strategyatlas.reference;

import java.util.List;
import java.util.regex.Pattern;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/** The header row of a wide WDI download: the four id columns, one column per year, then empty names. */
final class WideHeader {

    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d{2}");

    private final List<String> names;
    private final Integer[] years;

    private WideHeader(List<String> names, Integer[] years) {
        this.names = List.copyOf(names);
        this.years = years;
    }

    /** Checks the header found at {@code line} of {@code file}. */
    static WideHeader of(String file, long line, List<String> names) throws InputException {
        Problems problems = new Problems(file);
        List<String> ids = WideWdiReader.ID_COLUMNS;
        for (int i = 0; i < ids.size(); i++) {
            String name = i < names.size() ? names.get(i) : null;
            if (!ids.get(i).equals(name)) {
                problems.add(new InputProblem(file, line, i + 1, null, name, "unexpected column name",
                        "'" + ids.get(i) + "' (the header is " + ids + " then one column per year)"));
            }
        }
        Integer[] years = new Integer[names.size()];
        boolean trailing = false;
        for (int i = ids.size(); i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty()) {
                trailing = true; // every line of the download ends with a comma
            } else if (trailing || !YEAR.matcher(name).matches()) {
                problems.add(new InputProblem(file, line, i + 1, null, name, "not a year column",
                        "a four-digit year such as 2024; only empty columns may follow the last year"));
            } else {
                years[i] = Integer.valueOf(name);
            }
        }
        problems.throwIfAny();
        return new WideHeader(names, years);
    }

    int size() {
        return names.size();
    }

    String name(int index) {
        return names.get(index);
    }

    /** The year of column {@code index}, or null for an id column or an empty trailing one. */
    Integer year(int index) {
        return years[index];
    }
}
