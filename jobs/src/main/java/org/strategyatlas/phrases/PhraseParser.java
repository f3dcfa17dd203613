package org.strategyatlas.phrases;

import java.math.BigDecimal;
import java.util.Objects;
import org.strategyatlas.model.Qualifier;

/**
 * Reads an amount of money or a count stated in prose, in English, French, German, Spanish, Italian, Portuguese,
 * Chinese, Japanese or Korean: {@code 109 milliards d'euros}, {@code €109bn}, {@code Rs 10,371.92 crore},
 * {@code 65 名参与者}, {@code plus d'un millier de chercheurs}, {@code between €30 and €50 billion}.
 *
 * <p>A phrase is: qualifiers and range openers ({@code more than}, {@code between}), an amount (currency, number,
 * scale words, currency), optionally a range separator and a second amount ({@code and}, {@code à}, {@code -}),
 * then qualifiers, currency, counter and the counted noun. The rules for the ambiguous cases are documented where
 * they are decided: digit marks in {@link NumberReader}, scale words in {@link ScaleWords}, currencies in
 * {@link CurrencyWords}, number words in {@link NumberWords} and {@link CjkNumerals}, qualifiers in
 * {@link QualifierWords}. In short:
 * <ul>
 *   <li>{@code 1,234} and {@code 1.234} group thousands unless a scale word follows and the mark is the language's
 *       decimal mark ({@code 1,5}, {@code 12,72} and {@code 2.4} are always decimals);</li>
 *   <li>{@code billion} is 10^9 in English (and with no language), 10^12 in French and German;</li>
 *   <li>{@code $} is USD; {@code ¥} is CNY in Chinese, JPY in other languages, an error with no language;</li>
 *   <li>an explicit qualifier wins over what number words imply ({@code plus d'un millier}: at least 1000);
 *       "about" with a range stays a range; "more than" or "up to" with a range is refused;</li>
 *   <li>in a range the first bound takes the second's scale and currency ({@code between €30 and €50 billion});</li>
 *   <li>four bare digits from 1900 to 2100 with no currency, scale or qualifier are a year ({@code 2025});
 *       write {@code 2,025} or {@code 2 025} for a count ({@code more than 2000 researchers} is read);</li>
 *   <li>a count (no currency) is whole: {@code 1,5 chercheurs} is refused, {@code 1,5 million} is not;</li>
 *   <li>words before the number other than qualifiers, openers, currencies and fillers ({@code an additional})
 *       make it a label ({@code Proposal 12}), except a CJK or Hangul noun before a number with a counter
 *       ({@code 연구자 1,000명}).</li>
 * </ul>
 */
public final class PhraseParser {

    /** Longer input is a sentence or a file, not a phrase: refused before any work on it. */
    static final int MAX_LENGTH = 500;

    private PhraseParser() {
    }

    /**
     * The amount stated by {@code phrase}.
     *
     * @param language a BCP 47 tag ({@code fr}, {@code zh-CN}) or null when unknown
     * @throws PhraseException if the phrase states no amount, or one this parser cannot read
     * @throws IllegalArgumentException if {@code language} is not a language tag
     */
    public static ParsedPhrase parse(String phrase, String language) throws PhraseException {
        Objects.requireNonNull(phrase, "phrase");
        if (phrase.length() > MAX_LENGTH) {
            throw new PhraseException(phrase, "phrase of " + phrase.length() + " characters is longer than "
                    + MAX_LENGTH + "; give the figure's own words, not the sentence around it");
        }
        Language lang = Language.of(language);
        String text = PhraseText.normalise(phrase);
        Rejections.checkWhole(text, phrase);
        Cursor cursor = new Cursor(text);
        Lead lead = Lead.read(cursor, phrase);
        Qualifier qualifier = lead.qualifier();
        cursor.skipSpaces();
        int labelStart = cursor.pos();
        Amount first = AmountReader.read(cursor, lang, phrase);
        String label = null;
        if (first == null) {
            int digit = firstDigit(text, labelStart);
            if (digit < 0) {
                throw new PhraseException(phrase, "no number in '" + phrase + "'");
            }
            label = text.substring(labelStart, digit).strip();
            cursor.reset(digit);
            first = AmountReader.read(cursor, lang, phrase);
        }
        Amount second = readSecond(cursor, lang, phrase, lead.opener());
        Tail tail = Tail.read(cursor, lang, phrase);
        String next = tail.noun().isEmpty() ? "" : tail.noun().split("\\s+")[0];
        if (next.matches("\\d[\\d.,']*")) { // "5 6 million"; a name such as "3IA" is a noun
            throw new PhraseException(phrase, "a second number '" + next + "' follows the"
                    + " amount in '" + phrase + "'; a phrase states one amount (group digits with 3 per group)");
        }
        if (label != null && (tail.counter() == null || !cjkNoun(label))) {
            throw Rejections.label(label, phrase);
        }
        qualifier = agree(qualifier, tail.qualifier(), "qualifiers", phrase);
        String currency = agree(agree(first.currency(), second == null ? null : second.currency(), "currencies",
                phrase), tail.currency(), "currencies", phrase);
        String noun = label != null ? label : tail.noun();
        return build(phrase, lang, first, second, qualifier, currency, noun);
    }

    /** What comes before the first amount: a qualifier and a range opener, each optional, fillers skipped. */
    private record Lead(Qualifier qualifier, LinkWords.Opener opener) {

        static Lead read(Cursor cursor, String phrase) throws PhraseException {
            Qualifier qualifier = null;
            LinkWords.Opener opener = null;
            while (true) {
                Rejections.checkBefore(cursor, phrase);
                Qualifier q = QualifierWords.takeBefore(cursor);
                if (q != null) {
                    qualifier = agree(qualifier, q, "qualifiers", phrase);
                    continue;
                }
                LinkWords.Opener o = opener == null ? LinkWords.takeOpener(cursor) : null;
                if (o != null) {
                    opener = o;
                } else if (!LinkWords.takeFiller(cursor)) {
                    return new Lead(qualifier, opener);
                }
            }
        }
    }

    /**
     * Whether the parser has rules for the language of {@code tag} (en, fr, de, es, it, pt, zh, ja, ko, with any
     * region); phrases in other languages are read as if no language were given.
     *
     * @throws IllegalArgumentException if {@code tag} is not a language tag
     */
    public static boolean knowsLanguage(String tag) {
        return Language.of(tag) != null;
    }

    private static Amount readSecond(Cursor cursor, Language lang, String phrase, LinkWords.Opener opener)
            throws PhraseException {
        int at = cursor.pos();
        LinkWords.Separator separator = LinkWords.takeSeparator(cursor);
        if (separator != null && (!separator.needsOpener() || opener != null)) {
            Amount second = AmountReader.read(cursor, lang, phrase);
            if (second != null) {
                return second;
            }
        }
        cursor.reset(at);
        if (opener != null && opener.requiresRange()) {
            throw new PhraseException(phrase, "'" + phrase + "' opens a range but has no second bound; write "
                    + "'between X and Y'");
        }
        return null;
    }

    private static ParsedPhrase build(String phrase, Language lang, Amount first, Amount second,
                                      Qualifier qualifier, String currency, String noun) throws PhraseException {
        boolean unqualified = qualifier == null && first.implied() == Qualifier.EXACT;
        if (currency == null && unqualified && (first.yearLike() || second != null && second.yearLike())) {
            String year = (first.yearLike() ? first : second).digits().text();
            throw new PhraseException(phrase, "'" + year + "' looks like a year, not an amount; write a count with a"
                    + " group separator (" + year.charAt(0) + "," + year.substring(1) + ")");
        }
        String unit = currency == null ? ParsedPhrase.COUNT : currency;
        String counted = currency == null ? noun : "";
        BigDecimal low;
        BigDecimal high;
        Qualifier resolved;
        BigDecimal scale;
        if (second != null || first.isRange()) {
            if (qualifier == Qualifier.AT_LEAST || qualifier == Qualifier.AT_MOST) {
                throw new PhraseException(phrase, "'" + phrase + "' bounds a range with '" + qualifier.code()
                        + "'; state either the range or the bound");
            }
            Amount from = second == null ? first : inheritScale(first, second, lang, phrase);
            Amount to = second == null ? first : second;
            boolean rangeOfRanges = second != null && (first.isRange() || second.isRange());
            if (rangeOfRanges || from.low().compareTo(to.high()) >= 0) {
                throw new PhraseException(phrase, "'" + phrase + "' is not a range from a lower to a higher amount");
            }
            low = from.low();
            high = to.high();
            resolved = Qualifier.RANGE;
            scale = to.scale();
        } else {
            resolved = qualifier != null ? qualifier : first.implied();
            low = resolved == Qualifier.AT_MOST ? null : first.low();
            high = resolved == Qualifier.AT_LEAST ? null : first.high();
            scale = first.scale();
        }
        if (currency == null && (!whole(low) || !whole(high))) {
            throw new PhraseException(phrase, "'" + phrase + "' counts a fraction of a thing; a count with no"
                    + " currency is a whole number (for money, name the currency)");
        }
        return new ParsedPhrase(low, high, unit, counted, scale, resolved);
    }

    /** {@code between €30 and €50 billion}: a first bound with no scale word takes the second's. */
    private static Amount inheritScale(Amount first, Amount second, Language lang, String phrase)
            throws PhraseException {
        if (first.scaleWord() || !second.scaleWord() || first.digits() == null) {
            return first;
        }
        BigDecimal value = NumberReader.value(first.digits(), lang, true, phrase).multiply(second.scale());
        return new Amount(value, value, second.scale(), true, first.implied(), first.currency(), first.digits());
    }

    private static boolean whole(BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() <= 0;
    }

    /** The one value of two that may each be absent; two different values are an error. */
    static <T> T agree(T earlier, T later, String what, String phrase) throws PhraseException {
        if (earlier != null && later != null && !earlier.equals(later)) {
            throw new PhraseException(phrase, "'" + phrase + "' has two " + what + " that disagree: "
                    + name(earlier) + " and " + name(later));
        }
        return earlier != null ? earlier : later;
    }

    private static String name(Object value) {
        return value instanceof Qualifier q ? q.code() : value.toString();
    }

    private static int firstDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (NumberReader.isDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A noun in CJK or Hangul only, which those languages put before a number with a counter. */
    private static boolean cjkNoun(String label) {
        return !label.isEmpty() && label.codePoints().allMatch(c -> c == ' ' || Character.isIdeographic(c)
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.HIRAGANA
                || Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA);
    }
}
