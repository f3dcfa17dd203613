package org.strategyatlas.phrases;

/**
 * The small words around amounts: range openers ({@code between}, {@code entre}), range separators
 * ({@code and}, {@code à}, {@code -}, {@code 至}), connectors before a currency or noun ({@code d'}, {@code di},
 * {@code of}, {@code の}), words to skip before an amount ({@code an additional}, {@code a total of}) and CJK
 * counters ({@code 名}, {@code 人}, {@code 명}).
 */
final class LinkWords {

    /** A range opener; {@code requiresRange} for "between", not for "from" ({@code from 40,000} alone is exact). */
    record Opener(boolean requiresRange) {
    }

    /** A range separator; {@code needsOpener} for words that join a range only after an opener ("and", "a"). */
    record Separator(boolean needsOpener) {
    }

    private static final Lexicon<Opener> OPENERS = Lexicon.<Opener>builder()
            .add(new Opener(true), "between", "entre", "zwischen", "tra", "fra", "介于")
            .add(new Opener(false), "from", "de", "von", "da", "desde", "从")
            .build();

    private static final Lexicon<Separator> SEPARATORS = Lexicon.<Separator>builder()
            .add(new Separator(false), "-", "to", "à", "bis", "~", "至", "到", "〜")
            .add(new Separator(true), "and", "a", "et", "und", "y", "e", "hasta", "和", "与")
            .build();

    private static final Lexicon<Boolean> CONNECTORS = Lexicon.of(Boolean.TRUE, "de", "d'", "di", "of", "dei",
            "degli", "del", "do", "dos", "em", "的", "の", "의");

    private static final Lexicon<Boolean> FILLERS = Lexicon.of(Boolean.TRUE, "an additional", "additional",
            "a further", "another", "a total of", "total of", "in total", "the", "to", "un total de", "au total",
            "un montant de", "insgesamt", "weitere", "un totale di", "um total de", "共", "共计", "总计", "合计",
            "総額", "合計", "총");

    private static final Lexicon<Boolean> COUNTERS = Lexicon.of(Boolean.TRUE, "名", "个", "個", "位", "家", "条",
            "項", "项", "所", "座", "台", "人", "件", "款", "社", "校", "機関", "拠点", "機", "団体", "명", "개", "곳",
            "건", "대", "개사", "개소");

    private LinkWords() {
    }

    static Opener takeOpener(Cursor cursor) {
        return cursor.take(OPENERS);
    }

    static Separator takeSeparator(Cursor cursor) {
        return cursor.take(SEPARATORS);
    }

    static boolean takeConnector(Cursor cursor) {
        return cursor.take(CONNECTORS) != null;
    }

    static boolean takeFiller(Cursor cursor) {
        return cursor.take(FILLERS) != null;
    }

    /** A CJK or Hangul counter after a number ({@code 65 名}, {@code 65명}), consumed; null if none. */
    static String takeCounter(Cursor cursor) {
        int start = cursor.pos();
        if (cursor.take(COUNTERS) == null) {
            return null;
        }
        cursor.skipSpaces();
        return cursor.text().substring(start, cursor.pos()).strip();
    }
}
