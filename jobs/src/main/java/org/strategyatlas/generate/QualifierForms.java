package org.strategyatlas.generate;

import java.util.List;
import java.util.Map;
import org.strategyatlas.model.Qualifier;

/**
 * The words each language bounds a number with ({@code more than}, {@code plus de}, {@code bis zu}, {@code 约},
 * {@code 以上}, {@code 이상}) and the ways it writes a range ({@code between X and Y}, {@code de X à Y},
 * {@code X～Y}).
 */
final class QualifierForms {

    /** A range: the word before the first bound (may be empty) and the one between the bounds. */
    record Range(String opener, String separator) {
    }

    private static final Map<Lang, List<String>> AT_LEAST = Map.of(
            Lang.EN, List.of("more than", "over", "at least"), Lang.FR, List.of("plus de", "au moins"),
            Lang.DE, List.of("über", "mehr als", "mindestens"), Lang.ES, List.of("más de", "al menos"),
            Lang.IT, List.of("oltre", "più di", "almeno"), Lang.PT, List.of("mais de", "pelo menos"),
            Lang.ZH, List.of("超过", "逾", "至少"), Lang.JA, List.of("少なくとも"), Lang.KO, List.of("최소"));
    private static final Map<Lang, List<String>> AT_MOST = Map.of(
            Lang.EN, List.of("up to", "as much as"), Lang.FR, List.of("jusqu’à"), Lang.DE, List.of("bis zu"),
            Lang.ES, List.of("hasta"), Lang.IT, List.of("fino a"), Lang.PT, List.of("até"),
            Lang.ZH, List.of("最多", "高达"), Lang.JA, List.of("最大"), Lang.KO, List.of("최대"));
    private static final Map<Lang, List<String>> APPROX = Map.of(
            Lang.EN, List.of("about", "around", "nearly", "some"), Lang.FR, List.of("environ", "près de"),
            Lang.DE, List.of("rund", "etwa", "fast"), Lang.ES, List.of("cerca de", "alrededor de"),
            Lang.IT, List.of("circa", "quasi"), Lang.PT, List.of("cerca de", "quase"),
            Lang.ZH, List.of("约", "大约"), Lang.JA, List.of("約", "およそ"), Lang.KO, List.of("약"));
    /** Qualifiers written after the amount in Chinese, Japanese and Korean. */
    private static final Map<Lang, Map<Qualifier, String>> AFTER = Map.of(
            Lang.ZH, Map.of(Qualifier.AT_LEAST, "以上", Qualifier.APPROX, "左右"),
            Lang.JA, Map.of(Qualifier.AT_LEAST, "以上", Qualifier.APPROX, "程度"),
            Lang.KO, Map.of(Qualifier.AT_LEAST, " 이상", Qualifier.APPROX, " 가량"));
    private static final Map<Lang, List<Range>> RANGES = Map.of(
            Lang.EN, List.of(new Range("between", "and"), new Range("from", "to")),
            Lang.FR, List.of(new Range("entre", "et"), new Range("de", "à")),
            Lang.DE, List.of(new Range("zwischen", "und"), new Range("", "bis")),
            Lang.ES, List.of(new Range("entre", "y"), new Range("de", "a")),
            Lang.IT, List.of(new Range("tra", "e"), new Range("da", "a")),
            Lang.PT, List.of(new Range("entre", "e"), new Range("de", "a")),
            Lang.ZH, List.of(new Range("", "至"), new Range("", "到")),
            Lang.JA, List.of(new Range("", "～"), new Range("", "〜")),
            Lang.KO, List.of(new Range("", "~")));

    private QualifierForms() {
    }

    /** The words written before a number for {@code qualifier}; empty for exact and range. */
    static List<String> before(Lang lang, Qualifier qualifier) {
        return switch (qualifier) {
            case AT_LEAST -> AT_LEAST.get(lang);
            case AT_MOST -> AT_MOST.get(lang);
            case APPROX -> APPROX.get(lang);
            case EXACT, RANGE -> List.of();
        };
    }

    /** The word written after the amount for {@code qualifier}, or null when the language puts none there. */
    static String after(Lang lang, Qualifier qualifier) {
        Map<Qualifier, String> words = AFTER.get(lang);
        return words == null ? null : words.get(qualifier);
    }

    static List<Range> ranges(Lang lang) {
        return RANGES.get(lang);
    }
}
