package org.strategyatlas.reference;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/** Collects the problems found in one file, keeping the first few so a wrong file does not flood stderr. */
final class Problems {

    static final int LIMIT = 50;

    private final String file;
    private final List<InputProblem> kept = new ArrayList<>();
    private int dropped;

    Problems(String file) {
        this.file = file;
    }

    void add(InputProblem problem) {
        if (kept.size() < LIMIT) {
            kept.add(problem);
        } else {
            dropped++;
        }
    }

    void addAll(InputException e) {
        e.problems().forEach(this::add);
    }

    /** How many problems were added, listed or not; a reader compares it before and after a row. */
    int count() {
        return kept.size() + dropped;
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    /** Throws every kept problem, plus one saying how many more there were. */
    void throwIfAny() throws InputException {
        if (kept.isEmpty()) {
            return;
        }
        List<InputProblem> all = new ArrayList<>(kept);
        if (dropped > 0) {
            all.add(InputProblem.ofFile(file, String.format(Locale.ROOT,
                    "%,d more problems not listed (the first %d are)", dropped, LIMIT),
                    "the file exactly as downloaded; is it the right kind of file?"));
        }
        throw new InputException(all);
    }
}
