package org.strategyatlas.phrases;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Scale words and abbreviations per language ({@code billion}, {@code Mrd.}, {@code milliards}, {@code 亿}) and
 * the multiplier each stands for. Words that differ between languages take the phrase's language: {@code billion}
 * is 10^9 in English and 10^12 in French and German ({@code Billion}), Spanish {@code billón} and Portuguese
 * {@code bilião} are 10^12 while Brazilian {@code bilhão} is 10^9. Consecutive scale words multiply, which gives
 * {@code mil millones} (10^9), {@code mila miliardi} and {@code mille milliards} (10^12), {@code lakh crore}
 * (10^12), {@code 千万} (10^7) and {@code 万亿} (10^12). {@code 兆}/{@code 조} is 10^12 (Japanese, Korean and
 * Taiwanese usage; mainland Chinese writes 万亿).
 */
final class ScaleWords {

    /** A multiplier and whether it is written in CJK or Hangul, whose amounts add up group by group. */
    record Scale(BigDecimal factor, boolean cjk) {

        static final Scale NONE = new Scale(BigDecimal.ONE, false);

        Scale times(Scale other) {
            return new Scale(factor.multiply(other.factor), cjk || other.cjk);
        }
    }

    private static final ByLanguage<Scale> WORDS = new ByLanguage<>(shared(), Map.of(
            Language.EN, Lexicon.<Scale>builder()
                    .add(latin(2), "hundred", "hundreds")
                    .add(latin(3), "thousand", "thousands")
                    .add(latin(6), "million", "millions")
                    .add(latin(9), "billion", "billions", "b")
                    .add(latin(12), "trillion", "trillions").build(),
            Language.FR, Lexicon.<Scale>builder()
                    .add(latin(2), "cent", "cents")
                    .add(latin(3), "mille", "millier", "milliers")
                    .add(latin(6), "million", "millions")
                    .add(latin(9), "milliard", "milliards")
                    .add(latin(12), "billion", "billions")
                    .add(latin(18), "trillion", "trillions").build(),
            Language.DE, Lexicon.<Scale>builder()
                    .add(latin(2), "hundert")
                    .add(latin(3), "tausend", "tsd", "tsd.")
                    .add(latin(6), "million", "millionen")
                    .add(latin(9), "milliarde", "milliarden", "mia", "mia.")
                    .add(latin(12), "billion", "billionen", "bio", "bio.").build(),
            Language.ES, Lexicon.<Scale>builder()
                    .add(latin(3), "mil", "miles", "millar", "millares")
                    .add(latin(6), "millón", "millon", "millones")
                    .add(latin(9), "millardo", "millardos")
                    .add(latin(12), "billón", "billon", "billones").build(),
            Language.IT, Lexicon.<Scale>builder()
                    .add(latin(3), "mille", "mila", "migliaio", "migliaia")
                    .add(latin(6), "milione", "milioni", "mln.")
                    .add(latin(9), "miliardo", "miliardi", "mld", "mld.")
                    .add(latin(12), "bilione", "bilioni").build(),
            Language.PT, Lexicon.<Scale>builder()
                    .add(latin(3), "mil", "milhar", "milhares")
                    .add(latin(6), "milhão", "milhao", "milhões", "milhoes", "mi")
                    .add(latin(9), "bilhão", "bilhao", "bilhões", "bilhoes", "bi")
                    .add(latin(12), "bilião", "biliões", "trilhão", "trilhao", "trilhões", "trilhoes", "tri")
                    .build()));

    private ScaleWords() {
    }

    private static Lexicon<Scale> shared() {
        return Lexicon.<Scale>builder()
                .add(latin(3), "k")
                .add(latin(6), "m", "mn", "mln", "mio", "mio.")
                .add(latin(9), "bn", "bln", "mrd", "mrd.", "md", "mds")
                .add(latin(12), "tn", "trn")
                .add(latin(5), "lakh", "lakhs", "lac", "lacs")
                .add(latin(7), "crore", "crores", "cr", "cr.")
                .add(cjk(2), "百", "백")
                .add(cjk(3), "千", "천")
                .add(cjk(4), "万", "萬", "만")
                .add(cjk(8), "亿", "億", "억")
                .add(cjk(12), "兆", "조")
                .build();
    }

    private static Scale latin(int power) {
        return new Scale(BigDecimal.TEN.pow(power), false);
    }

    private static Scale cjk(int power) {
        return new Scale(BigDecimal.TEN.pow(power), true);
    }

    /** One scale word at the cursor (after optional spaces), consumed; null if none. */
    static Scale take(Cursor cursor, Language language) {
        return WORDS.take(cursor, language);
    }

    /** Consecutive scale words at the cursor multiplied ({@code mil millones}), consumed; null if none. */
    static Scale takeChain(Cursor cursor, Language language) {
        Scale chain = take(cursor, language);
        if (chain == null) {
            return null;
        }
        for (Scale next = take(cursor, language); next != null; next = take(cursor, language)) {
            chain = chain.times(next);
        }
        return chain;
    }
}
