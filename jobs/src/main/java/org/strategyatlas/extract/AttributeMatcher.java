package org.strategyatlas.extract;

import java.util.List;
import java.util.SortedSet;

/**
 * The taxonomy attributes a sentence touches: those with a synonym in the sentence, in any of the taxonomy's
 * languages (a French article says {@code open source} and {@code data center} too). The longest synonym at a place
 * wins, so {@code data centre} signals compute infrastructure, not data infrastructure.
 */
final class AttributeMatcher {

    private final TermMatcher matcher;

    AttributeMatcher(List<Term> synonyms) {
        this.matcher = new TermMatcher(synonyms);
    }

    /** The attribute codes signalled in {@code sentence}, sorted. */
    SortedSet<String> codes(String sentence) {
        return matcher.codes(sentence);
    }
}
