package org.strategyatlas.extract;

import java.io.Serializable;
import java.util.Objects;

/** A word or phrase that, found in a sentence, signals a code: a jurisdiction name or a taxonomy synonym. */
public record Term(String code, String language, String text) implements Serializable {

    private static final long serialVersionUID = 1L;

    public Term {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        if (text.isBlank()) {
            throw new IllegalArgumentException("a term has text; got a blank one for " + code + " (" + language + ")");
        }
    }
}
