package org.strategyatlas.phrases;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A table of words or symbols, each with a value, matched longest first at a position of lower-cased text; a
 * Latin-letter edge of a key must meet a non-letter in the text, so {@code m} (million) does not match the start
 * of {@code members}, while CJK and Hangul keys match anywhere ({@code 万人}).
 */
final class Lexicon<T> {

    /** A key found in the text: its value and where the text after it starts. */
    record Match<T>(T value, int end) {
    }

    private final List<Map.Entry<String, T>> longestFirst;

    private Lexicon(Map<String, T> entries) {
        longestFirst = entries.entrySet().stream()
                .map(e -> Map.entry(e.getKey().toLowerCase(Locale.ROOT), e.getValue()))
                .sorted(Comparator.comparingInt((Map.Entry<String, T> e) -> e.getKey().length()).reversed())
                .toList();
    }

    static <T> Lexicon<T> of(Map<String, T> entries) {
        return new Lexicon<>(entries);
    }

    /** A lexicon of {@code keys} all with the same value. */
    static <T> Lexicon<T> of(T value, String... keys) {
        return Lexicon.<T>builder().add(value, keys).build();
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /** Collects rows of a table: one value, the words that mean it. */
    static final class Builder<T> {

        private final Map<String, T> entries = new LinkedHashMap<>();

        Builder<T> add(T value, String... keys) {
            for (String key : keys) {
                if (entries.put(key.toLowerCase(Locale.ROOT), value) != null) {
                    throw new IllegalArgumentException("'" + key + "' is in the table twice");
                }
            }
            return this;
        }

        Lexicon<T> build() {
            return new Lexicon<>(entries);
        }
    }

    /** The longest key at {@code pos} of {@code lower} (text lower-cased char by char), or null. */
    Match<T> longest(String lower, int pos) {
        for (Map.Entry<String, T> entry : longestFirst) {
            String key = entry.getKey();
            if (lower.startsWith(key, pos) && edgesFit(lower, pos, pos + key.length(), key)) {
                return new Match<>(entry.getValue(), pos + key.length());
            }
        }
        return null;
    }

    private static boolean edgesFit(String lower, int start, int end, String key) {
        boolean startFits = !latinLetter(key.charAt(0)) || start == 0 || !latinLetter(lower.charAt(start - 1));
        boolean endFits = !latinLetter(key.charAt(key.length() - 1)) || end == lower.length()
                || !latinLetter(lower.charAt(end));
        return startFits && endFits;
    }

    /** A letter of an alphabet written with spaces between words (Latin, Greek, Cyrillic). */
    static boolean latinLetter(char c) {
        if (!Character.isLetter(c)) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.LATIN || script == Character.UnicodeScript.GREEK
                || script == Character.UnicodeScript.CYRILLIC;
    }
}
