package org.strategyatlas.extract;

import java.util.List;
import java.util.SortedSet;

/**
 * Names the jurisdictions a sentence mentions, by their codes: country names in English, French, German, Spanish,
 * Italian, Portuguese, Chinese, Japanese and Korean, short forms ({@code UK}, {@code UE}, {@code 欧盟}) and the
 * adjectives that stand for a country's government or people ({@code britannique}, {@code chinois}). The continent
 * (Europe, l'Europe, 欧洲) is not a jurisdiction; the European Union and its Commission are ({@code EUU}).
 */
final class JurisdictionMatcher {

    private final TermMatcher matcher;

    JurisdictionMatcher(List<Term> names) {
        this.matcher = new TermMatcher(names);
    }

    /** The codes named in {@code sentence}, sorted ({@code [DEU, GRC]}). */
    SortedSet<String> codes(String sentence) {
        return matcher.codes(sentence);
    }
}
