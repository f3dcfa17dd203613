package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.strategyatlas.model.Qualifier;

/**
 * Phrases for counts: {@code more than 1,200 researchers}, {@code sixty-three participants}, {@code 2,5 millions
 * de personnes}, {@code 115 mil pessoas capacitadas}, {@code 200 万人}, {@code 1,200人以上の研究者},
 * {@code 연구자 1,200명}.
 */
final class CountPhrases {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CountPhrases() {
    }

    static String write(Statement s, Lang lang, SplittableRandom random) {
        if (s.qualifier() == Qualifier.RANGE) {
            return range(s, lang, random);
        }
        BigDecimal value = s.single();
        if (lang.cjk()) {
            return cjk(s, lang, random);
        }
        String number = lang == Lang.EN && value.compareTo(HUNDRED) < 0 && random.nextInt(4) == 0
                ? Numerals.englishWords(value.intValueExact())
                : null;
        String counted = number != null ? number + " " + CountNouns.latin(s.metric(), lang)
                : latin(AmountText.of(value, lang, false, random), s.metric(), lang);
        if (s.qualifier() == Qualifier.EXACT) {
            return counted;
        }
        return PhraseWriter.pick(QualifierForms.before(lang, s.qualifier()), random) + " " + counted;
    }

    /** {@code 1 200 chercheurs}, {@code 2 millions de personnes}: the number, then de/di after a scale word. */
    private static String latin(AmountText amount, String metric, Lang lang) {
        String noun = CountNouns.latin(metric, lang);
        return amount.text() + " " + (amount.needsConnector() ? PhraseWriter.connector(lang, noun) : "") + noun;
    }

    private static String cjk(Statement s, Lang lang, SplittableRandom random) {
        AmountText amount = AmountText.of(s.single(), lang, false, random);
        CountNouns.Cjk words = CountNouns.cjk(s.metric(), lang);
        Qualifier q = s.qualifier();
        if (lang == Lang.KO && q == Qualifier.EXACT && CountNouns.nounFirst(words) && random.nextInt(4) == 0) {
            return words.noun() + " " + amount.text() + (amount.endsWithScaleWord() ? " " : "") + words.counter();
        }
        boolean counterRead = words.counter().isEmpty() || CountNouns.knownCounter(words.counter());
        String after = lang == Lang.ZH || !counterRead ? null : QualifierForms.after(lang, q);
        boolean writeAfter = after != null && random.nextBoolean();
        String counted = cjkCounted(amount, words, lang, writeAfter ? after : "");
        if (q == Qualifier.EXACT || writeAfter) {
            return counted;
        }
        return PhraseWriter.pick(QualifierForms.before(lang, q), random) + (lang == Lang.JA ? "" : " ") + counted;
    }

    /** The number, the counter and the noun, with a qualifier such as 以上 or 이상 after the counter. */
    private static String cjkCounted(AmountText amount, CountNouns.Cjk words, Lang lang, String qualifierAfter) {
        String number = amount.text();
        return switch (lang) {
            case ZH -> number + (amount.endsWithScaleWord() ? "" : " ") + words.counter() + words.noun();
            case JA -> number + words.counter() + qualifierAfter
                    + (words.noun().isEmpty() ? "" : "の" + words.noun());
            default -> number + (amount.endsWithScaleWord() && !words.counter().isEmpty() ? " " : "")
                    + words.counter() + qualifierAfter + (words.noun().isEmpty() ? "" : "의 " + words.noun());
        };
    }

    /** {@code between 200 and 300 participants}, {@code de 2 à 3 millions de personnes}, {@code 200～300人の参加者}. */
    private static String range(Statement s, Lang lang, SplittableRandom random) {
        AmountText high = AmountText.of(s.high(), lang, false, random);
        if (lang.cjk()) {
            AmountText low = AmountText.of(s.low(), lang, false, random);
            if (!low.scaleWord() && high.scaleWord()) {
                high = AmountText.digits(s.high(), lang); // else the low bound would take the high one's scale
            }
            String separator = PhraseWriter.pick(QualifierForms.ranges(lang), random).separator();
            return low.text() + separator + cjkCounted(high, CountNouns.cjk(s.metric(), lang), lang, "");
        }
        Scales.Scale lowAtHighScale = high.scale() == null ? null
                : Scales.pick(s.low(), lang, false, high.scale().power());
        String lowText;
        if (lowAtHighScale != null && lowAtHighScale.power() == high.scale().power()) {
            lowText = Scales.mantissa(s.low(), high.scale(), lang); // 2 to 3 million people
        } else {
            lowText = Numerals.digits(s.low(), lang);
            high = AmountText.digits(s.high(), lang); // else the low bound would take the high one's scale
        }
        String highText = latin(high, s.metric(), lang);
        List<String> options = new ArrayList<>();
        for (QualifierForms.Range range : QualifierForms.ranges(lang)) {
            options.add((range.opener().isEmpty() ? "" : range.opener() + " ") + lowText + " " + range.separator()
                    + " " + highText);
        }
        return PhraseWriter.pick(options, random);
    }
}
