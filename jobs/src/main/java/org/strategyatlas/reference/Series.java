package org.strategyatlas.reference;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** All observations of one indicator read from one input, sorted by economy and year, with provenance. */
record Series(String indicator, String title, Provenance provenance, List<Observation> observations) {

    Series {
        if (!Indicators.isValidCode(indicator)) {
            throw new IllegalArgumentException("not an indicator code: '" + indicator + "'");
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(provenance, "provenance");
        observations = observations.stream().sorted(Observation.ORDER).toList();
        Set<String> seen = new HashSet<>();
        for (Observation o : observations) {
            if (!seen.add(o.economy() + ":" + o.year())) {
                throw new IllegalArgumentException(indicator + " has two values for " + o.economy() + " "
                        + o.year());
            }
        }
    }

    /** The observations from {@code fromYear} onward, the rows an output file holds. */
    List<Observation> from(int fromYear) {
        return observations.stream().filter(o -> o.year() >= fromYear).toList();
    }
}
