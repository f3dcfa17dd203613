package org.strategyatlas.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes the phrase a source would use for a {@link Statement}, in one of the nine languages the phrase parser
 * reads, so that {@link org.strategyatlas.phrases.PhraseParser#parse} reads it back as exactly the statement's
 * bounds, unit and qualifier: {@code €1.2bn}, {@code between $3 and $5 billion}, {@code plus de 1 200 chercheurs},
 * {@code 1,2 Mrd. Euro}, {@code 12 亿元}, {@code 1兆2000億円}, {@code 1조 2천억 원}, {@code 65 名参与者}.
 *
 * <p>With {@link Context#contextReadings()} the writer also uses the two readings ingest takes from context: a
 * bare {@code $} for the home currency's dollar ({@code $300 million} in a Canadian budget) and, now and then, an
 * amount that names no currency ({@code 50 billion}).
 */
public final class PhraseWriter {

    /**
     * Where a phrase is written: the currency of the jurisdiction it is about, and whether phrases may lean on
     * that context (a figure row, which carries its unit) or must state everything (a document's text).
     */
    public record Context(String homeCurrency, boolean contextReadings) {

        /** No context: every phrase names its currency. */
        public static final Context NONE = new Context("", false);
    }

    private PhraseWriter() {
    }

    /**
     * The phrase stating {@code statement} in {@code language} (en, fr, de, es, it, pt, zh, ja, ko).
     *
     * @throws IllegalArgumentException for a language the parser does not read, a count metric without words, or
     *                                  a currency the language cannot name when the context may not supply it
     */
    public static String write(Statement statement, String language, Context context, SplittableRandom random) {
        Lang lang;
        try {
            lang = Lang.of(language);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("no phrase templates for language '" + language
                    + "'; use one of en, fr, de, es, it, pt, zh, ja, ko", e);
        }
        return statement.isCount() ? CountPhrases.write(statement, lang, random)
                : MoneyPhrases.write(statement, lang, context, random);
    }

    /** Whether a phrase in {@code language} can name {@code currency} without help from context. */
    public static boolean namesCurrency(String language, String currency) {
        return CurrencyForms.named(Lang.of(language), currency);
    }

    static <T> T pick(List<T> options, SplittableRandom random) {
        return options.get(random.nextInt(options.size()));
    }

    /** French elides de before a vowel or mute h: {@code d’euros}, {@code d’habitants}, but {@code de dollars}. */
    static String connector(Lang lang, String next) {
        return switch (lang) {
            case FR -> "aeiouéèêh".indexOf(Character.toLowerCase(next.charAt(0))) >= 0 ? "d’" : "de ";
            case IT -> "di ";
            case ES, PT -> "de ";
            default -> "";
        };
    }
}
