package org.strategyatlas.reference;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** Annual averages computed from the ECB's daily reference rates, sorted by currency and year. */
record EcbRates(List<AnnualRate> rates, Provenance provenance) {

    EcbRates {
        rates = rates.stream()
                .sorted(Comparator.comparing(AnnualRate::currency).thenComparingInt(AnnualRate::year))
                .toList();
        Objects.requireNonNull(provenance, "provenance");
    }

    List<AnnualRate> from(int fromYear) {
        return rates.stream().filter(r -> r.year() >= fromYear).toList();
    }
}
