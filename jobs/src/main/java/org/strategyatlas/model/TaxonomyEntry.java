package org.strategyatlas.model;

import java.util.List;
import java.util.Objects;

/** One attribute code in one language: its label and the words that signal it in text. */
public record TaxonomyEntry(String attribute, String language, String label, List<String> synonyms) {

    public TaxonomyEntry {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(label, "label");
        synonyms = List.copyOf(synonyms);
    }
}
