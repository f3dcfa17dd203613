package org.strategyatlas.extract;

import java.util.List;
import org.strategyatlas.phrases.ParsedPhrase;
import org.strategyatlas.phrases.PhraseException;
import org.strategyatlas.phrases.PhraseParser;

/** A sentence cut into tokens, in the language it is read in: where its numbers are and how spans of it read. */
final class Clause {

    private final String sentence;
    private final List<Token> tokens;
    private final String language;

    Clause(String sentence, String language) {
        this.sentence = sentence;
        this.tokens = Tokenizer.tokens(sentence);
        this.language = language;
    }

    String sentence() {
        return sentence;
    }

    List<Token> tokens() {
        return tokens;
    }

    Token token(int i) {
        return tokens.get(i);
    }

    int size() {
        return tokens.size();
    }

    String language() {
        return language;
    }

    String text(int i) {
        return tokens.get(i).text(sentence);
    }

    /** The text from token {@code first} to token {@code last}, both included. */
    String text(int first, int last) {
        return sentence.substring(tokens.get(first).start(), tokens.get(last).end());
    }

    boolean is(int i, Token.Kind kind) {
        return tokens.get(i).is(kind);
    }

    /** Whether token {@code i} is (the start of) a number: digits, a number word, CJK or Korean numerals. */
    boolean anchor(int i) {
        Token t = tokens.get(i);
        return switch (t.kind()) {
            case NUMBER -> true;
            case WORD -> NumberAnchors.numberWord(text(i), language) || Tokenizer.hangul(sentence.charAt(t.start()))
                    && NumberAnchors.hangulNumeral(text(i));
            case CJK -> NumberAnchors.cjkNumeralEnd(sentence, t.start()) > 0
                    && (i == 0 || NumberAnchors.cjkNumeralEnd(sentence, tokens.get(i - 1).start()) < 0
                    || tokens.get(i - 1).end() != t.start());
            default -> false;
        };
    }

    /** The reading of the text from token {@code first} to token {@code last}, both included. */
    ParsedPhrase parse(int first, int last) throws PhraseException {
        return PhraseParser.parse(text(first, last), language);
    }

    /** The reading of a span given by character indexes, or null if the parser refuses it. */
    ParsedPhrase tryParse(int from, int to) {
        try {
            return PhraseParser.parse(sentence.substring(from, to), language);
        } catch (PhraseException e) {
            return null;
        }
    }

    /** The first token of the clause that holds token {@code i} (after the last break before it). */
    int clauseStart(int i) {
        int start = i;
        while (start > 0 && !tokens.get(start - 1).is(Token.Kind.BREAK)) {
            start--;
        }
        return start;
    }
}
