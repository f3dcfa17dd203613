package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The scale words each language writes large amounts with ({@code billion}, {@code Mrd.}, {@code mil millones},
 * {@code 亿}), and the choice of one for an amount: the largest that leaves a number of at least 1 with at most
 * three decimals. French and Italian say {@code 1 200 milliards} rather than their long-scale {@code billion}.
 */
final class Scales {

    /**
     * One scale word: its power of ten, singular and plural forms, whether it is written against the digits
     * ({@code €1.2bn}, {@code 12亿}), and whether a noun or currency after it takes {@code de}/{@code di}.
     */
    record Scale(int power, String singular, String plural, boolean glued, boolean connector) {

        BigDecimal factor() {
            return BigDecimal.TEN.pow(power);
        }

        String word(BigDecimal mantissa, Lang lang) {
            boolean one = mantissa.compareTo(BigDecimal.ONE) == 0;
            boolean belowTwo = mantissa.compareTo(BigDecimal.valueOf(2)) < 0;
            return switch (lang) {
                case FR, PT -> belowTwo ? singular : plural;
                case DE, ES, IT -> one ? singular : plural;
                default -> singular;
            };
        }
    }

    private static final int MAX_DECIMALS = 3;

    private static final Map<Lang, List<Scale>> WORDS = Map.of(
            Lang.EN, List.of(latin(12, "trillion"), latin(9, "billion"), latin(6, "million")),
            Lang.FR, List.of(word(9, "milliard", "milliards"), word(6, "million", "millions")),
            Lang.DE, List.of(latin(12, "Billion", "Billionen"), latin(9, "Milliarde", "Milliarden"),
                    latin(6, "Million", "Millionen")),
            Lang.ES, List.of(word(12, "billón", "billones"), word(9, "mil millones", "mil millones"),
                    word(6, "millón", "millones")),
            Lang.IT, List.of(word(9, "miliardo", "miliardi"), word(6, "milione", "milioni")),
            Lang.PT, List.of(word(12, "trilhão", "trilhões"), word(9, "bilhão", "bilhões"),
                    word(6, "milhão", "milhões"), latin(3, "mil")),
            Lang.ZH, List.of(cjk(12, "万亿"), cjk(8, "亿"), cjk(4, "万")),
            Lang.JA, List.of(cjk(12, "兆"), cjk(8, "億"), cjk(4, "万")),
            Lang.KO, List.of(cjk(12, "조"), cjk(8, "억"), cjk(4, "만")));

    /** Abbreviations used for money in the press: {@code €1.2bn}, {@code 500 Mio. Euro}. */
    private static final Map<Lang, List<Scale>> ABBREVIATIONS = Map.of(
            Lang.EN, List.of(new Scale(12, "tn", "tn", true, false), new Scale(9, "bn", "bn", true, false),
                    new Scale(6, "m", "m", true, false)),
            Lang.DE, List.of(latin(9, "Mrd."), latin(6, "Mio.")));

    private Scales() {
    }

    private static Scale latin(int power, String word) {
        return new Scale(power, word, word, false, false);
    }

    private static Scale latin(int power, String singular, String plural) {
        return new Scale(power, singular, plural, false, false);
    }

    /** A Romance scale word, after which a noun or currency takes de, d' or di. */
    private static Scale word(int power, String singular, String plural) {
        return new Scale(power, singular, plural, false, true);
    }

    private static Scale cjk(int power, String word) {
        return new Scale(power, word, word, true, false);
    }

    /** The CJK group words from units up: {@code "", 万, 億, 兆}. */
    static String[] cjkWords(Lang lang) {
        List<Scale> scales = WORDS.get(lang);
        return new String[] {"", scales.get(2).singular(), scales.get(1).singular(), scales.get(0).singular()};
    }

    /**
     * The scale to write {@code value} with, or null when it is best written in plain digits: below the smallest
     * scale, or when no scale leaves at most three decimals. {@code abbreviated} picks the press abbreviations
     * where the language has them; {@code minPower} keeps small scales ({@code mil}, {@code 万}) for when they fit.
     */
    static Scale pick(BigDecimal value, Lang lang, boolean abbreviated, int minPower) {
        List<Scale> scales = abbreviated && ABBREVIATIONS.containsKey(lang) ? ABBREVIATIONS.get(lang)
                : WORDS.get(lang);
        for (Scale scale : scales) {
            if (scale.power() < minPower || value.compareTo(scale.factor()) < 0) {
                continue;
            }
            BigDecimal mantissa = value.divide(scale.factor()).stripTrailingZeros();
            if (mantissa.scale() <= MAX_DECIMALS) {
                return scale;
            }
        }
        return null;
    }

    /** {@code value} written at {@code scale} (null: plain digits): {@code 1.2 billion}, {@code 1,2 Mrd.}. */
    static String write(BigDecimal value, Scale scale, Lang lang) {
        if (scale == null) {
            return Numerals.digits(value, lang);
        }
        BigDecimal mantissa = value.divide(scale.factor()).stripTrailingZeros();
        String number = Numerals.digits(mantissa, lang);
        return number + (scale.glued() ? "" : " ") + scale.word(mantissa, lang);
    }

    /** The digits of {@code value} at {@code scale} without the scale word: the first bound of {@code 3-5 bn}. */
    static String mantissa(BigDecimal value, Scale scale, Lang lang) {
        return Numerals.digits(scale == null ? value : value.divide(scale.factor()).stripTrailingZeros(), lang);
    }
}
