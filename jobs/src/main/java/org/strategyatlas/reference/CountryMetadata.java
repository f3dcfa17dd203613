package org.strategyatlas.reference;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The economies of a World Bank country metadata file, sorted by code, with their special notes. */
record CountryMetadata(List<Economy> economies, Map<String, String> specialNotes, Provenance provenance) {

    CountryMetadata {
        economies = economies.stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
        specialNotes = Map.copyOf(specialNotes);
        Objects.requireNonNull(provenance, "provenance");
    }
}
