package org.strategyatlas.model;

import java.util.Objects;

/** One taxonomy attribute of one initiative, with the phrase of its source that shows it. */
public record Attribute(String initiative, String attribute, String source, String evidence, String language) {

    public Attribute {
        Objects.requireNonNull(initiative, "initiative");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(language, "language");
    }

    /** What makes an attribute row unique: initiative, attribute and source. */
    public String key() {
        return initiative + "/" + attribute + "/" + source;
    }
}
