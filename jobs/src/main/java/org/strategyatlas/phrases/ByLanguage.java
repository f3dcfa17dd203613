package org.strategyatlas.phrases;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Word tables of one kind for each language plus one for all of them, looked up in a fixed order: the phrase's
 * language first, then the shared table, then every other language in {@link Language} order (English first). So a
 * word that means different things ({@code billion}: 10^9 in English, 10^12 in French) takes the phrase's meaning,
 * or the English one when no language is given, while a foreign word in a mis-tagged phrase is still understood
 * (unless the tables are built without fallback).
 */
final class ByLanguage<T> {

    private final Lexicon<T> shared;
    private final Map<Language, Lexicon<T>> perLanguage;
    private final boolean fallback;

    /** Tables that fall back to the other languages after the phrase's own. */
    ByLanguage(Lexicon<T> shared, Map<Language, Lexicon<T>> perLanguage) {
        this(shared, perLanguage, true);
    }

    /**
     * Tables that fall back to the other languages only when no language is given ({@code fallback} false), for
     * words that are common words elsewhere (Spanish {@code once}, eleven, is English "once").
     */
    ByLanguage(Lexicon<T> shared, Map<Language, Lexicon<T>> perLanguage, boolean fallback) {
        this.shared = shared;
        this.perLanguage = new EnumMap<>(perLanguage);
        this.fallback = fallback;
    }

    /** The first table's match at the cursor (after optional spaces), consumed; null if no table matches. */
    T take(Cursor cursor, Language language) {
        for (Lexicon<T> lexicon : order(language)) {
            T value = cursor.take(lexicon);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private List<Lexicon<T>> order(Language language) {
        List<Lexicon<T>> order = new ArrayList<>();
        if (language != null && perLanguage.containsKey(language)) {
            order.add(perLanguage.get(language));
        }
        order.add(shared);
        if (language != null && !fallback) {
            return order;
        }
        for (Language other : Language.values()) {
            if (other != language && perLanguage.containsKey(other)) {
                order.add(perLanguage.get(other));
            }
        }
        return order;
    }
}
