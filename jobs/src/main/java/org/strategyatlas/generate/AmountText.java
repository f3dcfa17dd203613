package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * One number as a language writes it, with its scale words if it has any: {@code 1.2 billion}, the {@code 1.2bn}
 * of {@code €1.2bn}, {@code 1,2 Mrd.}, {@code 115 mil}, {@code 12 亿}, {@code 1兆2000億}, {@code 1조 2천억},
 * {@code 1,200}. {@code scale} is the one scale word used (null for plain digits and for CJK groups);
 * {@code scaleWord} says whether any scale word is written, which matters in a range, where a first bound without
 * one takes the second's ({@code between $3 and $5 billion}).
 */
record AmountText(String text, Scales.Scale scale, boolean scaleWord) {

    /** Whether a noun or currency word after it takes de, d' or di ({@code millions d’euros}). */
    boolean needsConnector() {
        return scale != null && scale.connector();
    }

    /** Whether it ends with a scale word rather than a digit ({@code 200만}, not {@code 1만 5000}). */
    boolean endsWithScaleWord() {
        return scaleWord && !Character.isDigit(text.charAt(text.length() - 1));
    }

    /** {@code value} written in one of the ways {@code lang} writes amounts of its size. */
    static AmountText of(BigDecimal value, Lang lang, boolean money, SplittableRandom random) {
        return of(value, lang, money, money, random);
    }

    /**
     * Like {@link #of(BigDecimal, Lang, boolean, SplittableRandom)}; {@code abbreviations} allows {@code bn},
     * {@code m}, {@code Mrd.}, which English writes only after a symbol ({@code €1.2bn}, not {@code 1.2bn euros}).
     */
    static AmountText of(BigDecimal value, Lang lang, boolean money, boolean abbreviations, SplittableRandom random) {
        if (lang == Lang.JA || lang == Lang.KO) {
            String groups = random.nextInt(10) < 7
                    ? Numerals.cjkGroups(value.toBigIntegerExact(), lang, lang == Lang.KO && random.nextBoolean())
                    : null;
            if (groups != null) {
                return new AmountText(groups, null, true);
            }
        }
        Scales.Scale scale;
        if (lang.cjk()) {
            scale = Scales.pick(value, lang, false, 4);
            if (scale != null && !money && scale.power() == 4 && random.nextInt(3) == 0) {
                scale = null; // counts are as often written 15,000 as 1.5万
            }
        } else {
            boolean abbreviated = abbreviations && random.nextInt(10) < 3;
            int minPower = lang == Lang.PT && value.compareTo(BigDecimal.valueOf(1_000_000)) < 0
                    && random.nextBoolean() ? 3 : 6;
            scale = Scales.pick(value, lang, abbreviated, minPower);
            if (scale != null && !money && random.nextInt(4) == 0 && value.compareTo(BigDecimal.TEN.pow(9)) < 0) {
                scale = null; // 2,500,000 people as well as 2.5 million people
            }
        }
        return at(value, scale, lang, lang == Lang.ZH && random.nextBoolean());
    }

    /** {@code value} in plain digits: {@code 1,200}, {@code 1 200}, {@code 1.200}. */
    static AmountText digits(BigDecimal value, Lang lang) {
        return at(value, null, lang, false);
    }

    /** {@code value} at {@code scale} (null: plain digits); {@code spaced} puts a space before a glued CJK word. */
    static AmountText at(BigDecimal value, Scales.Scale scale, Lang lang, boolean spaced) {
        String text = Scales.write(value, scale, lang);
        if (spaced && scale != null && scale.glued() && lang.cjk()) {
            String word = scale.singular();
            text = text.substring(0, text.length() - word.length()) + " " + word;
        }
        return new AmountText(text, scale, scale != null);
    }
}
