package org.strategyatlas.generate;

import java.util.Objects;

/**
 * An economy initiatives are generated for: its code and name from the reference data, the currency its
 * figures are mostly stated in, the language of its own sources (English where the parser has no rules for the
 * national language) and the size of its economy (log10 of GDP in current US$), which sizes its budgets.
 */
record Jurisdiction(String code, String name, String currency, Lang language, double gdpLog10) {

    Jurisdiction {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(language, "language");
    }
}
