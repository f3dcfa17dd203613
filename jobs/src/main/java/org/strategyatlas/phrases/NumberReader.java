package org.strategyatlas.phrases;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a run of digits with grouping and decimal marks ({@code 1,234.5}, {@code 1.234,5}, {@code 1 234,5},
 * {@code 1'234.5}, Indian {@code 1,00,000}) as an exact decimal.
 *
 * <p>Which mark is the decimal one:
 * <ol>
 *   <li>with both a comma and a dot, the last one ({@code 10,371.92}, {@code 1.234,5});</li>
 *   <li>spaces and apostrophes only ever group; a single comma or dot after them is decimal ({@code 1 234,5});</li>
 *   <li>a mark that occurs more than once groups ({@code 1.234.567});</li>
 *   <li>a single mark not followed by exactly three digits, or after more than three digits or a leading zero,
 *       is decimal ({@code 1,5}, {@code 12,72}, {@code 16.07617}, {@code 0,125});</li>
 *   <li>a single mark followed by exactly three digits ({@code 1,234}) is decimal only when a scale word follows
 *       and the mark is the language's decimal mark (comma in fr, de, es, it, pt; dot in en, zh, ja, ko and with no
 *       language): {@code 1,234 Mrd.} (de) is 1.234 billion, {@code 1,500 million} (en) is 1.5 billion; without a
 *       scale word it groups in every language, as counts and currency amounts are whole
 *       ({@code 1,500 attendees}, {@code 1.234 Euro}).</li>
 * </ol>
 */
final class NumberReader {

    /** Digits and marks as written, and where they are in the phrase. */
    record RawNumber(String text, int start, int end) {

        /** Whether the digits carry a grouping or decimal mark (a bare {@code 2025} does not). */
        boolean marked() {
            return !text.chars().allMatch(Character::isDigit);
        }
    }

    private NumberReader() {
    }

    /** The digits at the cursor, consumed; null if the cursor is not at an ASCII digit. */
    static RawNumber read(Cursor cursor) {
        if (!isDigit(cursor.peek())) {
            return null;
        }
        int start = cursor.pos();
        int length = 0;
        while (true) {
            char c = cursor.peek(length);
            if (isDigit(c)) {
                length++;
            } else if ((c == ',' || c == '.' || c == '\'') && isDigit(cursor.peek(length + 1))) {
                length++;
            } else if (c == ' ' && threeDigitGroup(cursor, length + 1)) {
                length++;
            } else {
                break;
            }
        }
        cursor.advance(length);
        return new RawNumber(cursor.slice(start, start + length), start, start + length);
    }

    /** Whether exactly three digits, then no digit, start at {@code offset}: {@code 1 234} but not {@code 4 3IA}. */
    private static boolean threeDigitGroup(Cursor cursor, int offset) {
        return isDigit(cursor.peek(offset)) && isDigit(cursor.peek(offset + 1)) && isDigit(cursor.peek(offset + 2))
                && !isDigit(cursor.peek(offset + 3));
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The value of {@code number}, followed by a scale word or not, in {@code language} (null: no hint). */
    static BigDecimal value(RawNumber number, Language language, boolean scaled, String phrase)
            throws PhraseException {
        List<String> groups = new ArrayList<>();
        List<Character> marks = new ArrayList<>();
        StringBuilder group = new StringBuilder();
        for (char c : number.text().toCharArray()) {
            if (isDigit(c)) {
                group.append(c);
            } else {
                groups.add(group.toString());
                marks.add(c);
                group.setLength(0);
            }
        }
        groups.add(group.toString());
        int decimalAt = decimalMarkIndex(marks, groups, language, scaled);
        if (decimalAt < 0 && marks.contains(',') && marks.contains('.')) {
            throw new PhraseException(phrase, "'" + number.text() + "' mixes commas and dots in a way that is "
                    + "neither 1,234,567.8 nor 1.234.567,8");
        }
        List<String> integerGroups = decimalAt < 0 ? groups : groups.subList(0, decimalAt + 1);
        List<Character> groupMarks = decimalAt < 0 ? marks : marks.subList(0, decimalAt);
        checkGrouping(number.text(), integerGroups, groupMarks, phrase);
        String digits = String.join("", integerGroups)
                + (decimalAt < 0 ? "" : "." + groups.get(groups.size() - 1));
        return new BigDecimal(digits);
    }

    /** The index in {@code marks} of the decimal mark, or -1 when every mark groups. */
    private static int decimalMarkIndex(List<Character> marks, List<String> groups, Language language,
                                        boolean scaled) {
        boolean comma = marks.contains(',');
        boolean dot = marks.contains('.');
        int last = marks.size() - 1;
        if (comma && dot) {
            char lastMark = marks.get(last);
            return marks.indexOf(lastMark) == last ? last : -1;
        }
        if (!comma && !dot) {
            return -1;
        }
        char mark = comma ? ',' : '.';
        if (marks.indexOf(mark) != marks.lastIndexOf(mark)) {
            return -1;
        }
        int at = marks.indexOf(mark);
        if (at != last) {
            return -1; // 1.234 567: let the grouping check explain it
        }
        if (marks.size() > 1) {
            return at; // spaces or apostrophes grouped the integer part
        }
        String before = groups.get(at);
        String after = groups.get(at + 1);
        if (after.length() != 3 || before.length() > 3 || before.startsWith("0")) {
            return at;
        }
        char decimalMark = language != null && language.decimalComma() ? ',' : '.';
        return scaled && mark == decimalMark ? at : -1;
    }

    private static void checkGrouping(String text, List<String> groups, List<Character> marks, String phrase)
            throws PhraseException {
        if (marks.isEmpty()) {
            return;
        }
        if (marks.stream().distinct().count() > 1) {
            throw new PhraseException(phrase, "'" + text + "' groups its digits with different marks");
        }
        if (!western(groups) && !(marks.get(0) == ',' && indian(groups))) {
            throw new PhraseException(phrase, "'" + text + "' has digit groups that are neither thousands "
                    + "(1,234,567) nor Indian lakhs (12,34,567)");
        }
    }

    private static boolean western(List<String> groups) {
        String first = groups.get(0);
        if (first.isEmpty() || first.length() > 3 || first.startsWith("0")) {
            return false;
        }
        return groups.stream().skip(1).allMatch(g -> g.length() == 3);
    }

    private static boolean indian(List<String> groups) {
        String first = groups.get(0);
        int last = groups.size() - 1;
        if (last < 2 || first.isEmpty() || first.length() > 2 || first.startsWith("0")
                || groups.get(last).length() != 3) {
            return false;
        }
        return groups.subList(1, last).stream().allMatch(g -> g.length() == 2);
    }
}
