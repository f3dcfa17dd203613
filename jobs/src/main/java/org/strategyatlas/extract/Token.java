package org.strategyatlas.extract;

/**
 * A piece of a sentence, by character index into the sentence: a number, a word, one CJK character, a symbol
 * that may sit inside an amount ({@code €}, {@code %}, {@code -}) or a break that ends a clause ({@code ,},
 * {@code (}, {@code —}, {@code 。}).
 */
record Token(int start, int end, Kind kind) {

    enum Kind { NUMBER, WORD, CJK, SYMBOL, BREAK }

    boolean is(Kind other) {
        return kind == other;
    }

    String text(String sentence) {
        return sentence.substring(start, end);
    }
}
