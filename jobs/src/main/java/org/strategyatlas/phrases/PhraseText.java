package org.strategyatlas.phrases;

/**
 * Folds the typographic variants of a phrase into one spelling before it is read: curly and modifier apostrophes
 * to {@code '}, dashes and the minus sign to {@code -}, wave dashes to {@code ~}, every kind of space (no-break,
 * narrow no-break, thin, figure, ideographic) to one ordinary space, and full-width ASCII ({@code ２００万},
 * {@code ￥}) to its ordinary form.
 */
final class PhraseText {

    private PhraseText() {
    }

    static String normalise(String phrase) {
        StringBuilder out = new StringBuilder(phrase.length());
        boolean lastWasSpace = true;
        for (int i = 0; i < phrase.length(); i++) {
            char c = fold(phrase.charAt(i));
            if (c == ' ') {
                if (!lastWasSpace) {
                    out.append(' ');
                }
                lastWasSpace = true;
            } else {
                out.append(c);
                lastWasSpace = false;
            }
        }
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        return out.substring(0, end);
    }

    private static char fold(char c) {
        switch (c) {
            case '\u2019', '\u2018', '\u201B', '\u02BC', '\u2032', '\u00B4' -> {
                return '\'';
            }
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63' -> {
                return '-';
            }
            case '\u301C', '\u223C' -> {
                return '~';
            }
            case '\uFFE5' -> {
                return '\u00A5';
            }
            case '\uFFE6' -> {
                return '\u20A9';
            }
            default -> {
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    return ' ';
                }
                if (c >= '\uFF01' && c <= '\uFF5E') {
                    return (char) (c - 0xFEE0);
                }
                return c;
            }
        }
    }
}
