package org.strategyatlas.extract;

import java.io.Serializable;
import java.util.Objects;

/** A document extraction could not read, and why ({@code not valid UTF-8 at byte 1,234}). */
public record FileProblem(String document, String reason) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FileProblem {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(reason, "reason");
    }

    /** One line for standard error: the document, then the reason. */
    public String format() {
        return document + ": " + reason;
    }
}
