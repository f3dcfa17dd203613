package org.strategyatlas.model;

import java.util.Objects;

/** A document the data cites: a web page, or a text held under seeds/. */
public record Source(String id, String title, String publisher, PartialDate published, String language,
                     String url, String file, String notes) {

    public Source {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(language, "language");
        url = url == null ? "" : url;
        file = file == null ? "" : file;
        notes = notes == null ? "" : notes;
        if (url.isEmpty() && file.isEmpty()) {
            throw new IllegalArgumentException("source " + id + " needs a url or a file");
        }
    }

    public boolean holdsText() {
        return !file.isEmpty();
    }
}
