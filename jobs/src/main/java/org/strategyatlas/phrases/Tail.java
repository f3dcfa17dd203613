package org.strategyatlas.phrases;

import org.strategyatlas.model.Qualifier;

/**
 * What follows the last amount: qualifiers written after it ({@code 以上}, {@code +}), a currency, a CJK counter,
 * connectors, and then the counted noun ({@code 65 名参与者}: counter 名, noun 参与者; {@code 200 万人}: noun 人).
 */
record Tail(Qualifier qualifier, String currency, String counter, String noun) {

    static Tail read(Cursor cursor, Language language, String phrase) throws PhraseException {
        Qualifier qualifier = null;
        String currency = null;
        String counter = null;
        while (true) {
            Qualifier q = QualifierWords.takeAfter(cursor);
            if (q != null) {
                qualifier = PhraseParser.agree(qualifier, q, "qualifiers", phrase);
                continue;
            }
            String code = CurrencyWords.take(cursor, language, phrase);
            if (code != null) {
                currency = PhraseParser.agree(currency, code, "currencies", phrase);
                continue;
            }
            if (counter == null) {
                int at = cursor.pos();
                counter = LinkWords.takeCounter(cursor);
                if (counter != null && hangulRunsOn(cursor, counter)) {
                    cursor.reset(at); // 개발자 (developers) is a noun, not the counter 개
                    counter = null;
                }
                if (counter != null) {
                    continue;
                }
            }
            if (LinkWords.takeConnector(cursor)) {
                continue;
            }
            break;
        }
        String noun = clean(cursor.rest());
        if (counter != null && noun.isEmpty()) {
            noun = counter;
        }
        return new Tail(qualifier, currency, counter, noun);
    }

    /** A Hangul counter glued to more Hangul that is not a qualifier or connector starts a word instead. */
    private static boolean hangulRunsOn(Cursor cursor, String counter) {
        char next = cursor.peek();
        if (Character.UnicodeScript.of(counter.charAt(0)) != Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(next) != Character.UnicodeScript.HANGUL
                || cursor.text().charAt(cursor.pos() - 1) == ' ') {
            return false;
        }
        int at = cursor.pos();
        boolean known = QualifierWords.takeAfter(cursor) != null || LinkWords.takeConnector(cursor);
        cursor.reset(at);
        return !known;
    }

    private static String clean(String rest) {
        String noun = rest.strip();
        while (!noun.isEmpty() && ".,;:!?".indexOf(noun.charAt(noun.length() - 1)) >= 0) {
            noun = noun.substring(0, noun.length() - 1).strip();
        }
        return noun;
    }
}
