package org.strategyatlas.extract;

import java.util.Objects;
import org.strategyatlas.phrases.ParsedPhrase;

/** A figure found in a sentence: where its quote starts and ends (character indexes) and what it states. */
record Found(int start, int end, ParsedPhrase phrase) {

    Found {
        Objects.requireNonNull(phrase, "phrase");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a quote spans at least one character, got " + start + ".." + end);
        }
    }

    String quote(String sentence) {
        return sentence.substring(start, end);
    }
}
