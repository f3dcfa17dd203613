package org.strategyatlas.generate;

import java.util.Locale;

/**
 * The nine languages the phrase parser reads, with how each writes numbers: the decimal mark, the mark that groups
 * thousands, and whether large amounts are counted in groups of ten thousand (万, 億, 조) rather than thousands.
 */
enum Lang {
    EN('.', ","), FR(',', "\u202F"), DE(',', "."), ES(',', "."), IT(',', "."), PT(',', "."),
    ZH('.', ","), JA('.', ","), KO('.', ",");

    private final char decimalMark;
    private final String groupMark;

    Lang(char decimalMark, String groupMark) {
        this.decimalMark = decimalMark;
        this.groupMark = groupMark;
    }

    /** The BCP 47 tag written in the data: {@code en}, {@code zh}. */
    String tag() {
        return name().toLowerCase(Locale.ROOT);
    }

    char decimalMark() {
        return decimalMark;
    }

    /** Groups thousands; French uses the narrow no-break space, as its typography does. */
    String groupMark() {
        return groupMark;
    }

    /** Chinese, Japanese and Korean: amounts in groups of 10^4, no space before counters. */
    boolean cjk() {
        return this == ZH || this == JA || this == KO;
    }

    static Lang of(String tag) {
        return valueOf(tag.toUpperCase(Locale.ROOT));
    }
}
