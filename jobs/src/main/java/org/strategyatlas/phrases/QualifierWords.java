package org.strategyatlas.phrases;

import org.strategyatlas.model.Qualifier;

/**
 * Words that say how a stated number bounds the true value, before the number ({@code more than}, {@code plus d'},
 * {@code bis zu}, {@code 超过}, {@code 약}) or after it ({@code +}, {@code 以上}, {@code 多}, {@code 左右},
 * {@code 이상}). "Less than" and "under" are read as {@code at_most} and "just over" as {@code at_least}: the
 * model has no strict bounds. "As much as", "as many as" and {@code 高达} are {@code at_most}, like "up to".
 */
final class QualifierWords {

    private static final Lexicon<Qualifier> BEFORE = Lexicon.<Qualifier>builder()
            .add(Qualifier.AT_LEAST, "more than", "over", "above", "at least", "in excess of", "upwards of",
                    "upward of", "exceeding", "no less than", "not less than", "a minimum of", "minimum of",
                    "at minimum", "north of", "just over", "well over", "plus de", "plus d'", "au moins",
                    "au minimum", "pas moins de", "un peu plus de", "bien plus de", "über", "mehr als", "mindestens",
                    "más de", "mas de", "al menos", "por lo menos", "como mínimo", "oltre", "più di", "piu di",
                    "almeno", "mais de", "pelo menos", "no mínimo", "超过", "超過", "逾", "至少", "不少于", "多于",
                    "超", "少なくとも", "최소")
            .add(Qualifier.AT_MOST, "up to", "as much as", "as many as", "at most", "no more than",
                    "not more than", "less than", "fewer than", "under", "below", "a maximum of", "maximum of",
                    "jusqu'à", "jusqu'a", "moins de", "au plus", "au maximum", "bis zu", "weniger als", "höchstens",
                    "maximal", "hasta", "menos de", "como máximo", "fino a", "meno di", "al massimo", "até",
                    "no máximo", "最多", "至多", "不超过", "高达", "最大", "最大で", "최대")
            .add(Qualifier.APPROX, "about", "around", "approximately", "approx.", "approx", "roughly", "some",
                    "nearly", "almost", "close to", "circa", "c.", "ca.", "~", "an estimated", "estimated",
                    "just under", "environ", "près de", "pres de", "quelque", "presque", "autour de",
                    "approximativement", "quasiment", "rund", "etwa", "fast", "knapp", "ungefähr", "zirka",
                    "cerca de", "alrededor de", "aproximadamente", "casi", "unos", "unas", "quasi", "intorno a",
                    "attorno a", "quase", "em torno de", "约", "約", "大约", "大約", "近", "将近", "接近", "およそ",
                    "ほぼ", "약", "대략")
            .build();

    private static final Lexicon<Qualifier> AFTER = Lexicon.<Qualifier>builder()
            .add(Qualifier.AT_LEAST, "+", "以上", "多", "余", "余り", "超", "여", "이상", "넘게", "초과", "or more",
                    "and more", "et plus", "und mehr", "o más", "o più", "ou mais")
            .add(Qualifier.AT_MOST, "以下", "以内", "未満", "まで", "이하", "미만", "까지", "or less", "or fewer")
            .add(Qualifier.APPROX, "左右", "程度", "近く", "前後", "가량", "정도", "environ", "or so")
            .build();

    private QualifierWords() {
    }

    /** A qualifier written before the number, consumed; null if none. */
    static Qualifier takeBefore(Cursor cursor) {
        return cursor.take(BEFORE);
    }

    /** A qualifier written after the number or its scale or currency, consumed; null if none. */
    static Qualifier takeAfter(Cursor cursor) {
        return cursor.take(AFTER);
    }
}
