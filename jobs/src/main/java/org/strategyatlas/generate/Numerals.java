package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Writes numbers as each language does: digit groups and decimal marks, English number words, CJK groups. */
final class Numerals {

    private static final String[] ONES = {"", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
        "ninety"};
    private static final BigInteger TEN_THOUSAND = BigInteger.valueOf(10_000);

    private Numerals() {
    }

    /**
     * {@code value} in {@code lang}'s digits: the integer part grouped by thousands when it has more than three
     * digits ({@code 1,200}, {@code 1.200}, {@code 1 200}), the fraction after the language's decimal mark.
     */
    static String digits(BigDecimal value, Lang lang) {
        String plain = value.stripTrailingZeros().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                out.append(lang.groupMark());
            }
            out.append(integer.charAt(i));
        }
        if (dot >= 0) {
            out.append(lang.decimalMark()).append(plain, dot + 1, plain.length());
        }
        return out.toString();
    }

    /** English words for 1 to 99: {@code sixty-three}. */
    static String englishWords(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("English number words are written for 1 to 99, not " + n);
        }
        if (n < 20) {
            return ONES[n];
        }
        return TENS[n / 10] + (n % 10 == 0 ? "" : "-" + ONES[n % 10]);
    }

    /**
     * A whole number in groups of ten thousand with the language's group words: {@code 1兆2000億} (ja),
     * {@code 1조 2000억} or with {@code thousandsWord} {@code 1조 2천억} (ko). Null when the number is below 10^4.
     */
    static String cjkGroups(BigInteger value, Lang lang, boolean thousandsWord) {
        if (value.compareTo(TEN_THOUSAND) < 0) {
            return null;
        }
        String[] words = Scales.cjkWords(lang);
        int[] groups = new int[words.length];
        BigInteger rest = value;
        for (int i = 0; i < groups.length; i++) {
            BigInteger[] divided = rest.divideAndRemainder(TEN_THOUSAND);
            groups[i] = divided[1].intValue();
            rest = divided[0];
        }
        if (rest.signum() != 0) {
            return null; // beyond 10^16: written with a decimal scale instead
        }
        StringBuilder out = new StringBuilder();
        for (int i = groups.length - 1; i >= 0; i--) {
            if (groups[i] == 0) {
                continue;
            }
            if (out.length() > 0 && lang == Lang.KO) {
                out.append(' ');
            }
            boolean thousands = thousandsWord && i > 0 && groups[i] % 1000 == 0 && groups[i] >= 1000;
            out.append(thousands ? groups[i] / 1000 + "천" : Integer.toString(groups[i])).append(words[i]);
        }
        return out.toString();
    }
}
