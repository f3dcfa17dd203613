package org.strategyatlas.reference;

import java.util.Objects;

/** Where a series came from, as {@code vintage.csv} records it; several sources are joined with {@code ;}. */
record Provenance(String sourceFile, String sha256, String publisher, String lastUpdated, String licence,
                  String notes) {

    static final String WORLD_BANK = "World Bank, World Development Indicators";
    static final String CC_BY_4 = "CC-BY-4.0";

    Provenance {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(lastUpdated, "lastUpdated");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(notes, "notes");
    }

    /** The provenance of a value derived from {@code this} and {@code other}, described by {@code notes}. */
    Provenance with(Provenance other, String notes) {
        return new Provenance(join(sourceFile, other.sourceFile), join(sha256, other.sha256),
                publisher.equals(other.publisher) ? publisher : join(publisher, other.publisher),
                join(lastUpdated, other.lastUpdated),
                licence.equals(other.licence) ? licence : join(licence, other.licence), notes);
    }

    Provenance withNotes(String newNotes) {
        return new Provenance(sourceFile, sha256, publisher, lastUpdated, licence, newNotes);
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + ";" + b;
    }
}
