package org.strategyatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a text into sentences and keeps where each one is. A line break always ends a sentence (documents put a
 * paragraph or a heading on each line; a sentence never spans lines). Inside a line a sentence ends after
 * {@code . ! ? …} (and any closing quote or bracket) followed by a space and a capital, digit, quote, bullet or
 * non-Latin letter, unless the dot ends an abbreviation ({@code Dr.}, {@code Mrd.}, {@code févr.}), an initial
 * ({@code J. D. Vance}) or a word with inner dots ({@code U.S.}); and right after {@code 。！？}. Spaces and a
 * leading bullet ({@code - }, {@code • }) are not part of a sentence.
 */
final class SentenceSplitter {

    /** A sentence: its character range in the text and its 1-based line. */
    record Sentence(int start, int end, int line) {

        String text(String document) {
            return document.substring(start, end);
        }
    }

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "vs", "etc", "approx", "ca", "cf", "fig", "no", "nr", "art", "p", "pp", "vol", "inc", "ltd", "co", "corp",
            "dept", "mme", "mlle", "mm", "env", "bzw", "usw", "ggf", "mrd", "mio", "bio", "tsd", "mds", "md", "sra",
            "ej", "núm", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janv",
            "févr", "fév", "avr", "juil", "déc", "gen", "ene", "fev");
    private static final String CLOSERS = ")]\"'”’»」』）";
    private static final String OPENERS = "\"“«„‘(¿¡[-•–—*";

    private SentenceSplitter() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> sentences = new ArrayList<>();
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                splitLine(text, lineStart, i, line, sentences);
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                lineStart = i + 1;
            }
        }
        return sentences;
    }

    /** The lines of {@code text}, split as {@link #split} counts them (LF, CRLF or a lone CR). */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(lineStart, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                lineStart = i + 1;
            }
        }
        return lines;
    }

    private static void splitLine(String text, int from, int to, int line, List<Sentence> out) {
        int start = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int end;
            if (c == '。' || c == '！' || c == '？') {
                end = skipClosers(text, i + 1, to);
            } else if ((c == '.' || c == '!' || c == '?' || c == '…') && endsSentence(text, i, to)) {
                end = skipClosers(text, i + 1, to);
            } else {
                continue;
            }
            add(text, start, end, line, out);
            start = end;
            i = end - 1;
        }
        add(text, start, to, line, out);
    }

    private static boolean endsSentence(String text, int at, int to) {
        int after = skipClosers(text, at + 1, to);
        if (after >= to || !Tokenizer.space(text.charAt(after))) {
            return false;
        }
        int next = after;
        while (next < to && Tokenizer.space(text.charAt(next))) {
            next++;
        }
        if (next >= to) {
            return true;
        }
        char n = text.charAt(next);
        boolean starts = Character.isUpperCase(n) || Character.isDigit(n) || OPENERS.indexOf(n) >= 0
                || Character.isLetter(n) && Character.UnicodeScript.of(n) != Character.UnicodeScript.LATIN;
        return starts && !(text.charAt(at) == '.' && abbreviation(text, at));
    }

    /** Whether the word before the dot at {@code dot} is an abbreviation, an initial or has inner dots. */
    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '.')) {
            start--;
        }
        String word = text.substring(start, dot);
        if (word.isEmpty()) {
            return false;
        }
        return word.length() == 1 && Character.isUpperCase(word.charAt(0)) || word.indexOf('.') >= 0
                || ABBREVIATIONS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /** After closing quotes and brackets, with spaces before them ({@code dit. »}), if any. */
    private static int skipClosers(String text, int at, int to) {
        int end = at;
        int i = at;
        while (i < to) {
            char c = text.charAt(i);
            if (CLOSERS.indexOf(c) >= 0) {
                end = ++i;
            } else if (Tokenizer.space(c)) {
                i++;
            } else {
                break;
            }
        }
        return end;
    }

    private static void add(String text, int start, int end, int line, List<Sentence> out) {
        while (start < end && Tokenizer.space(text.charAt(start))) {
            start++;
        }
        if (start + 1 < end && "-*•·–—".indexOf(text.charAt(start)) >= 0 && Tokenizer.space(text.charAt(start + 1))) {
            start += 2;
            while (start < end && Tokenizer.space(text.charAt(start))) {
                start++;
            }
        }
        while (end > start && Tokenizer.space(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Sentence(start, end, line));
        }
    }
}
