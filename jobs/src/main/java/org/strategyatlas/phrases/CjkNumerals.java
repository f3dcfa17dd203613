package org.strategyatlas.phrases;

import java.math.BigDecimal;
import org.strategyatlas.model.Qualifier;

/**
 * Numbers in Chinese characters ({@code 两百}, {@code 三千五百}, {@code 十}; the 万 and 亿 after them are scale
 * words), "several" with units ({@code 数十} and {@code 几百} in Chinese and Japanese, {@code 수십} and
 * {@code 수백} in Korean: 2 to 9 units) and {@code 上百}/{@code 上千} (at least 100/1000).
 */
final class CjkNumerals {

    private static final String DIGITS = "零〇一二三四五六七八九";
    private static final Lexicon<BigDecimal> UNITS = Lexicon.<BigDecimal>builder()
            .add(BigDecimal.TEN, "十", "拾", "십")
            .add(BigDecimal.valueOf(100), "百", "백")
            .add(BigDecimal.valueOf(1000), "千", "천")
            .add(BigDecimal.TEN.pow(4), "万", "萬", "만")
            .add(BigDecimal.TEN.pow(8), "亿", "億", "억")
            .add(BigDecimal.TEN.pow(12), "兆", "조")
            .build();
    private static final Lexicon<Boolean> SEVERAL = Lexicon.of(Boolean.TRUE, "数", "數", "几", "幾", "수");
    private static final Lexicon<Boolean> UPWARDS = Lexicon.of(Boolean.TRUE, "上");

    private CjkNumerals() {
    }

    /** A CJK number at the cursor, consumed; null (nothing consumed) if there is none. */
    static Reading read(Cursor cursor) {
        int start = cursor.pos();
        boolean several = cursor.take(SEVERAL) != null;
        if (several || cursor.take(UPWARDS) != null) {
            BigDecimal units = unitChain(cursor);
            if (units == null) {
                cursor.reset(start);
                return null;
            }
            return several ? Reading.several(units)
                    : new Reading(units, units, units, Qualifier.AT_LEAST);
        }
        BigDecimal value = numeral(cursor);
        return value == null ? null : Reading.exact(value);
    }

    private static BigDecimal unitChain(Cursor cursor) {
        BigDecimal chain = null;
        for (BigDecimal unit = cursor.take(UNITS); unit != null; unit = cursor.take(UNITS)) {
            chain = chain == null ? unit : chain.multiply(unit);
        }
        return chain;
    }

    /** Digits with 十, 百 and 千 ({@code 三千五百} = 3500, {@code 十二} = 12, {@code 两百} = 200); 万 and up are left. */
    private static BigDecimal numeral(Cursor cursor) {
        long total = 0;
        long digit = -1;
        int length = 0;
        while (true) {
            char c = cursor.peek(length);
            int index = DIGITS.indexOf(c);
            long unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (c == '两' || c == '兩') {
                digit = 2;
            } else if (index >= 0) {
                digit = Math.max(index - 1, 0); // 零 and 〇 are both zero
            } else if (unit > 0) {
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                break;
            }
            length++;
        }
        if (length == 0) {
            return null;
        }
        cursor.advance(length);
        return BigDecimal.valueOf(total + Math.max(digit, 0));
    }
}
