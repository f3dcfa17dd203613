package org.strategyatlas.extract;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Finds {@link Term}s in a text, leftmost and longest first, without overlaps: {@code data center} wins over
 * {@code data}, {@code Papua New Guinea} over {@code Guinea}. Terms match case-insensitively, except those written
 * without a lower-case letter ({@code US}, {@code UE}, {@code EAU}), which are acronyms and match only as written;
 * curly and straight apostrophes are the same. A term that starts or ends with a Latin letter or digit must meet a
 * non-letter there ({@code UE} is not found in {@code QUE}); a Hangul term must start a word; Han and kana terms
 * match anywhere.
 */
final class TermMatcher {

    private record Entry(String folded, boolean exact, List<String> codes) {
    }

    /** Entries by their first folded character, longest first. */
    private final Map<Character, List<Entry>> byFirst = new HashMap<>();

    TermMatcher(Collection<Term> terms) {
        Map<String, Entry> entries = new HashMap<>();
        for (Term term : terms) {
            String text = term.text().strip();
            boolean exact = text.chars().noneMatch(Character::isLowerCase);
            String folded = exact ? fold(text, false) : fold(text, true);
            Entry entry = entries.computeIfAbsent((exact ? "=" : "~") + folded,
                    k -> new Entry(folded, exact, new ArrayList<>()));
            if (!entry.codes().contains(term.code())) {
                entry.codes().add(term.code());
            }
        }
        for (Entry entry : entries.values()) {
            byFirst.computeIfAbsent(entry.folded().charAt(0), c -> new ArrayList<>()).add(entry);
        }
        byFirst.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> e.folded().length())
                .reversed().thenComparing(Entry::folded)));
    }

    /** The codes of the terms found in {@code text}, sorted. */
    SortedSet<String> codes(String text) {
        String exact = fold(text, false);
        String lower = fold(text, true);
        SortedSet<String> codes = new TreeSet<>();
        int i = 0;
        while (i < text.length()) {
            Entry found = longestAt(exact, lower, i);
            if (found == null) {
                i++;
            } else {
                codes.addAll(found.codes());
                i += found.folded().length();
            }
        }
        return codes;
    }

    private Entry longestAt(String exact, String lower, int at) {
        if (at > 0 && wordChar(lower.charAt(at - 1)) && wordChar(lower.charAt(at))) {
            return null; // inside a word
        }
        List<Entry> candidates = byFirst.getOrDefault(lower.charAt(at), List.of());
        List<Entry> exactCandidates = byFirst.getOrDefault(exact.charAt(at), List.of());
        Entry best = null;
        for (List<Entry> list : List.of(candidates, exactCandidates)) {
            for (Entry e : list) {
                String text = e.exact() ? exact : lower;
                if ((best == null || e.folded().length() > best.folded().length()) && text.startsWith(e.folded(), at)
                        && endFits(lower, at + e.folded().length(), e.folded())) {
                    best = e;
                }
            }
        }
        return best;
    }

    /**
     * A term ending in a Latin letter or digit must end a word, or be followed by a plural ending
     * ({@code data centers}, {@code GPUs}); Hangul words take endings ({@code 인도는}).
     */
    private static boolean endFits(String text, int end, String term) {
        char last = term.charAt(term.length() - 1);
        if (!wordChar(last) || Tokenizer.hangul(last) || wordEnd(text, end)) {
            return true;
        }
        return Character.isLetter(last) && (plural(text, end, "s") || plural(text, end, "x")
                || plural(text, end, "es"));
    }

    private static boolean plural(String text, int end, String ending) {
        return text.startsWith(ending, end) && wordEnd(text, end + ending.length());
    }

    private static boolean wordEnd(String text, int end) {
        return end == text.length() || !wordChar(text.charAt(end));
    }

    /** A character of a space-separated word: Latin (and other alphabets), digits, Hangul. */
    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) && !Tokenizer.cjk(c);
    }

    /** Char-by-char folding keeps indexes aligned with the text: apostrophes to {@code '}, and case if asked. */
    private static String fold(String text, boolean lowerCase) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '’' || c == 'ʼ' || c == '‘') {
                c = '\'';
            }
            out.append(lowerCase ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }
}
