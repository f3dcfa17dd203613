package org.strategyatlas.phrases;

import java.math.BigDecimal;
import org.strategyatlas.model.Qualifier;

/**
 * Reads one amount: an optional currency, a number in digits or words, its scale words, and a currency after it,
 * in any of the orders the languages use ({@code €109bn}, {@code 109 milliards d'euros}, {@code 20-billion-euro},
 * {@code R$ 23 bilhões}, {@code 1000亿元}). CJK amounts add up group by group ({@code 1兆2000億円},
 * {@code 1조 2천억 원}, {@code 1万5000人}) and may carry {@code 多}, {@code 余} or {@code 여} ("more than")
 * between the number and its scale ({@code 200多万}).
 */
final class AmountReader {

    private static final Lexicon<Qualifier> BEFORE_SCALE = Lexicon.of(Qualifier.AT_LEAST, "多", "余", "여");

    private AmountReader() {
    }

    /** The amount at the cursor, consumed; null (nothing consumed) if no number starts here. */
    static Amount read(Cursor cursor, Language language, String phrase) throws PhraseException {
        int start = cursor.pos();
        String before = CurrencyWords.take(cursor, language, phrase);
        cursor.skipSpaces();
        NumberReader.RawNumber digits = NumberReader.read(cursor);
        Reading words = digits == null ? NumberWords.read(cursor, language) : null;
        if (digits == null && words == null) {
            cursor.reset(start);
            return null;
        }
        Qualifier implied = digits != null && cursor.peek() != ' ' ? cursor.take(BEFORE_SCALE) : null;
        skipHyphenBeforeWord(cursor, language, phrase);
        ScaleWords.Scale scale = ScaleWords.takeChain(cursor, language);
        if (scale == null && words != null) {
            scale = scaleAfterConnector(cursor, language);
        }
        if (digits != null && scale == null && implied == null && peekCurrency(cursor, language, phrase) == null) {
            Rejections.checkAfter(cursor, digits, language, phrase);
        }
        Reading reading = words != null ? words
                : Reading.exact(NumberReader.value(digits, language, scale != null, phrase));
        if (implied != null) {
            reading = new Reading(reading.low(), reading.high(), reading.unit(), implied);
        }
        BigDecimal factor = scale == null ? BigDecimal.ONE : scale.factor();
        Reading scaled = reading.times(factor);
        if (scale != null && scale.cjk() && !reading.isRange()) {
            BigDecimal total = addCjkGroups(cursor, language, phrase, scaled.low(), factor);
            scaled = new Reading(total, total, scaled.unit(), scaled.implied());
        }
        String after = currencyAfter(cursor, language, phrase);
        if (before != null && after != null && !before.equals(after)) {
            throw new PhraseException(phrase, "'" + phrase + "' names two currencies, " + before + " and " + after);
        }
        return new Amount(scaled.low(), scaled.high(), scaled.unit(), scale != null, scaled.implied(),
                before != null ? before : after, digits);
    }

    /** {@code 20-billion-euro}: a hyphen between the number and a scale or currency word is only a joiner. */
    private static void skipHyphenBeforeWord(Cursor cursor, Language language, String phrase)
            throws PhraseException {
        if (cursor.peek() == '-' && Lexicon.latinLetter(cursor.peek(1))) {
            int at = cursor.pos();
            cursor.advance(1);
            boolean word = ScaleWords.take(cursor, language) != null
                    || CurrencyWords.take(cursor, language, phrase) != null;
            cursor.reset(word ? at + 1 : at);
        }
    }

    /** {@code hundreds of millions}, {@code une dizaine de milliers}: a scale after "of" for number words. */
    private static ScaleWords.Scale scaleAfterConnector(Cursor cursor, Language language) {
        int at = cursor.pos();
        if (LinkWords.takeConnector(cursor)) {
            ScaleWords.Scale scale = ScaleWords.takeChain(cursor, language);
            if (scale != null) {
                return scale;
            }
        }
        cursor.reset(at);
        return null;
    }

    /** Adds the smaller groups after a CJK scale ({@code 1兆} then {@code 2000億}); returns the total. */
    private static BigDecimal addCjkGroups(Cursor cursor, Language language, String phrase, BigDecimal total,
                                           BigDecimal lastFactor) throws PhraseException {
        while (true) {
            int at = cursor.pos();
            cursor.skipSpaces();
            NumberReader.RawNumber digits = NumberReader.read(cursor);
            Reading words = digits == null ? CjkNumerals.read(cursor) : null;
            if (digits == null && (words == null || words.isRange())) {
                cursor.reset(at);
                return total;
            }
            ScaleWords.Scale scale = ScaleWords.takeChain(cursor, language);
            BigDecimal factor = scale == null ? BigDecimal.ONE : scale.factor();
            BigDecimal value = (words != null ? words.low()
                    : NumberReader.value(digits, language, scale != null, phrase)).multiply(factor);
            if ((scale != null && !scale.cjk()) || factor.compareTo(lastFactor) >= 0
                    || value.compareTo(lastFactor) >= 0) {
                cursor.reset(at);
                return total;
            }
            total = total.add(value);
            lastFactor = factor;
            if (scale == null) {
                return total;
            }
        }
    }

    /** A currency after the amount, directly, after a hyphen ({@code -euro}) or a connector ({@code d'euros}). */
    private static String currencyAfter(Cursor cursor, Language language, String phrase) throws PhraseException {
        int at = cursor.pos();
        if (cursor.peek() == '-') {
            cursor.advance(1);
        }
        String code = CurrencyWords.take(cursor, language, phrase);
        if (code == null) {
            cursor.reset(at);
            if (LinkWords.takeConnector(cursor)) {
                code = CurrencyWords.take(cursor, language, phrase);
            }
        }
        if (code == null) {
            cursor.reset(at);
        }
        return code;
    }

    private static String peekCurrency(Cursor cursor, Language language, String phrase) throws PhraseException {
        int at = cursor.pos();
        String code = CurrencyWords.take(cursor, language, phrase);
        cursor.reset(at);
        return code;
    }
}
