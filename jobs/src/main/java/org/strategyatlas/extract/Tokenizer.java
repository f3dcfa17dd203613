package org.strategyatlas.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a sentence into {@link Token}s, the positions where a candidate span may start or end. Numbers keep their
 * grouping and decimal marks ({@code 1 234,5}, {@code 10,371.92}) and letters glued to them ({@code 109bn},
 * {@code 1er}, {@code 5G}) so the parser sees and judges them whole; a word keeps its inner apostrophes and hyphens
 * ({@code d’euros}, {@code Royaume-Uni}, {@code GPT-4}); each Han or kana character is a token of its own, since
 * those scripts put no spaces between words; Hangul words are space-separated and stay whole.
 */
final class Tokenizer {

    /** Symbols that may sit inside an amount phrase; other punctuation ends the clause. */
    private static final String INNER_SYMBOLS = "%‰+~〜～-‐‑‒–−/°ºª#&";

    private Tokenizer() {
    }

    static List<Token> tokens(String s) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int end;
            Token.Kind kind;
            if (space(c)) {
                i++;
                continue;
            } else if (digit(c) && (i == 0 || !Character.isLetter(s.charAt(i - 1)) || cjk(s.charAt(i - 1))
                    || hangul(s.charAt(i - 1)))) {
                end = number(s, i);
                kind = Token.Kind.NUMBER;
            } else if (cjk(c)) {
                end = i + 1;
                kind = Token.Kind.CJK;
            } else if (hangul(c)) {
                end = i + 1;
                while (end < s.length() && hangul(s.charAt(end))) {
                    end++;
                }
                kind = Token.Kind.WORD;
            } else if (Character.isLetter(c) || digit(c)) {
                end = word(s, i);
                kind = Token.Kind.WORD;
            } else {
                end = i + 1;
                kind = symbol(s, i) ? Token.Kind.SYMBOL : Token.Kind.BREAK;
            }
            tokens.add(new Token(i, end, kind));
            i = end;
        }
        return tokens;
    }

    private static int number(String s, int start) {
        int i = start;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (digit(c)) {
                i++;
            } else if ((c == ',' || c == '.' || c == '\'' || c == '’') && i + 1 < s.length()
                    && digit(s.charAt(i + 1))) {
                i++;
            } else if (space(c) && threeDigits(s, i + 1)) {
                i++;
            } else {
                break;
            }
        }
        // letters glued to the digits (109bn, 1er, 5G) belong to the number: the parser decides what they make it
        while (i < s.length() && (Character.isLetter(s.charAt(i)) && !cjk(s.charAt(i)) && !hangul(s.charAt(i))
                || i > start && digit(s.charAt(i)))) {
            i++;
        }
        return i;
    }

    private static boolean threeDigits(String s, int at) {
        return at + 3 <= s.length() && digit(s.charAt(at)) && digit(s.charAt(at + 1)) && digit(s.charAt(at + 2))
                && (at + 3 == s.length() || !digit(s.charAt(at + 3)));
    }

    private static int word(String s, int start) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            boolean next = i + 1 < s.length() && (Character.isLetterOrDigit(s.charAt(i + 1)))
                    && !cjk(s.charAt(i + 1));
            if ((Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) && !cjk(c)
                    && !hangul(c)) {
                i++;
            } else if ((c == '\'' || c == '’' || c == 'ʼ' || c == '-' || c == '‐' || c == '‑') && next) {
                i++;
            } else if (c == '.' && next && i - start <= 2) {
                i++; // U.S., e.g.
            } else {
                break;
            }
        }
        return i;
    }

    /** Whether the character at {@code i} may sit inside an amount; a dot may after a short word (Mrd., Mio.). */
    private static boolean symbol(String s, int i) {
        char c = s.charAt(i);
        if (c == '.') {
            int letters = 0;
            for (int j = i - 1; j >= 0 && Character.isLetter(s.charAt(j)); j--) {
                letters++;
            }
            return letters > 0 && letters <= 4;
        }
        return INNER_SYMBOLS.indexOf(c) >= 0 || Character.getType(c) == Character.CURRENCY_SYMBOL;
    }

    static boolean digit(char c) {
        return c >= '0' && c <= '9' || c >= '０' && c <= '９';
    }

    static boolean space(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A Han ideograph or a kana character (one word piece each: these scripts have no spaces). */
    static boolean cjk(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return Character.isIdeographic(c) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || c == 'ー' || c == '々' || c == '〇';
    }

    static boolean hangul(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL;
    }
}
