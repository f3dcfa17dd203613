package org.strategyatlas.generate;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.strategyatlas.model.Qualifier;

/** Phrases for amounts of money: currency, number, scale word, qualifier or range, in a language's order. */
final class MoneyPhrases {

    private MoneyPhrases() {
    }

    static String write(Statement s, Lang lang, PhraseWriter.Context context, SplittableRandom random) {
        CurrencyForms.Form form = form(s.unit(), lang, context, random);
        if (s.qualifier() == Qualifier.RANGE) {
            return range(s, lang, form, random);
        }
        AmountText amount = AmountText.of(s.single(), lang, true, abbreviations(lang, form), random);
        String core = withCurrency(amount, lang, form);
        return qualified(core, s.qualifier(), lang, random);
    }

    /** The currency form to use; null for a phrase that names no currency (the row's currency applies). */
    private static CurrencyForms.Form form(String currency, Lang lang, PhraseWriter.Context context,
                                           SplittableRandom random) {
        List<CurrencyForms.Form> forms = CurrencyForms.of(lang, currency);
        if (context.contextReadings()) {
            if (forms.isEmpty() || random.nextInt(40) == 0) {
                return null;
            }
            boolean homeDollar = currency.equals(context.homeCurrency()) && !currency.equals("USD")
                    && Currency.getInstance(currency).getDisplayName(Locale.ENGLISH).endsWith(" Dollar");
            if (lang == Lang.EN && homeDollar && random.nextInt(5) < 2) {
                return new CurrencyForms.Form("$", true);
            }
        } else if (forms.isEmpty()) {
            throw new IllegalArgumentException("a phrase in " + lang.tag() + " cannot name " + currency
                    + " (the parser does not read that code as a currency); give the phrase a context");
        }
        return PhraseWriter.pick(forms, random);
    }

    /** English abbreviates scale words only after a symbol: {@code $5.2m}, but {@code 5.2 million dollars}. */
    private static boolean abbreviations(Lang lang, CurrencyForms.Form form) {
        return lang != Lang.EN || form != null && form.before();
    }

    /** {@code amount} with the currency before or after it: {@code €1.2bn}, {@code 1,2 milliard d’euros}. */
    private static String withCurrency(AmountText amount, Lang lang, CurrencyForms.Form form) {
        if (form == null) {
            return amount.text();
        }
        if (form.before()) {
            return form.text() + amount.text();
        }
        String text = form.text();
        boolean word = Character.isLetter(text.charAt(0)) && !text.equals(text.toUpperCase(Locale.ROOT));
        String connector = amount.needsConnector() && word ? PhraseWriter.connector(lang, text) : "";
        return amount.text() + (lang.cjk() ? "" : " ") + connector + text;
    }

    private static String qualified(String core, Qualifier qualifier, Lang lang, SplittableRandom random) {
        if (qualifier == Qualifier.EXACT) {
            return core;
        }
        String after = QualifierForms.after(lang, qualifier);
        if (after != null && random.nextInt(5) < 2) {
            return core + after;
        }
        String before = PhraseWriter.pick(QualifierForms.before(lang, qualifier), random);
        return before + (lang == Lang.JA || lang == Lang.ZH && random.nextBoolean() ? "" : " ") + core;
    }

    /**
     * {@code between $3 and $5 billion}, {@code €30-50bn}, {@code entre 300 millions et 1,2 milliard d’euros},
     * {@code 30亿至50亿元}: the first bound takes the second's scale word and currency when it has none.
     */
    private static String range(Statement s, Lang lang, CurrencyForms.Form form, SplittableRandom random) {
        AmountText high = AmountText.of(s.high(), lang, true, abbreviations(lang, form), random);
        String prefix = form != null && form.before() ? form.text() : "";
        String highText = withCurrency(high, lang, form);
        if (lang.cjk()) {
            AmountText low = AmountText.of(s.low(), lang, true, random);
            if (!low.scaleWord() && high.scaleWord()) {
                high = AmountText.digits(s.high(), lang); // else the low bound would take the high one's scale
                highText = withCurrency(high, lang, form);
            }
            return low.text() + PhraseWriter.pick(QualifierForms.ranges(lang), random).separator() + highText;
        }
        Scales.Scale lowAtHighScale = high.scale() == null ? null
                : Scales.pick(s.low(), lang, false, high.scale().power());
        boolean sameScale = lowAtHighScale != null && lowAtHighScale.power() == high.scale().power();
        List<String> options = new ArrayList<>();
        String lowText;
        if (sameScale && random.nextBoolean()) {
            lowText = prefix + Scales.mantissa(s.low(), high.scale(), lang);
            if (lang == Lang.EN) {
                options.add(lowText + "-" + withCurrency(high, lang, prefix.isEmpty() ? form : null));
            }
        } else {
            AmountText low = AmountText.at(s.low(), Scales.pick(s.low(), lang, false, 6), lang, false);
            if (!low.scaleWord() && high.scaleWord()) {
                high = AmountText.digits(s.high(), lang); // else the low bound would take the high one's scale
                highText = withCurrency(high, lang, form);
            }
            lowText = prefix + low.text();
        }
        for (QualifierForms.Range range : QualifierForms.ranges(lang)) {
            options.add((range.opener().isEmpty() ? "" : range.opener() + " ") + lowText + " " + range.separator()
                    + " " + highText);
        }
        return PhraseWriter.pick(options, random);
    }
}
