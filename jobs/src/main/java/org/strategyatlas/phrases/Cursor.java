package org.strategyatlas.phrases;

/** A reading position in a normalised phrase, with the phrase lower-cased char by char for matching. */
final class Cursor {

    private final String text;
    private final String lower;
    private int pos;

    Cursor(String text) {
        this.text = text;
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            // char by char keeps the indexes of text and lower aligned (String.toLowerCase may not)
            folded.append(Character.toLowerCase(text.charAt(i)));
        }
        this.lower = folded.toString();
    }

    String text() {
        return text;
    }

    int pos() {
        return pos;
    }

    void reset(int position) {
        pos = position;
    }

    /** The char at {@code offset} from the position, or 0 past the end. */
    char peek(int offset) {
        int at = pos + offset;
        return at >= 0 && at < text.length() ? text.charAt(at) : 0;
    }

    char peek() {
        return peek(0);
    }

    void advance(int count) {
        pos = Math.min(text.length(), pos + count);
    }

    void skipSpaces() {
        while (pos < text.length() && text.charAt(pos) == ' ') {
            pos++;
        }
    }

    /** After optional spaces, the longest key of {@code lexicon} here, consumed; null (nothing consumed) if none. */
    <T> T take(Lexicon<T> lexicon) {
        int start = pos;
        skipSpaces();
        Lexicon.Match<T> match = lexicon.longest(lower, pos);
        if (match == null) {
            pos = start;
            return null;
        }
        pos = match.end();
        return match.value();
    }

    /** Like {@link #take} but without consuming. */
    <T> T peekAt(Lexicon<T> lexicon) {
        int start = pos;
        T value = take(lexicon);
        pos = start;
        return value;
    }

    /** The text from the position to the end. */
    String rest() {
        return text.substring(pos);
    }

    /** The text between two positions. */
    String slice(int from, int to) {
        return text.substring(from, to);
    }
}
