package org.strategyatlas.phrases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers that are not amounts, each refused with a message that says what the number looks like instead: dates
 * ({@code 12/03/2025}, {@code 2025-03}, {@code 3 March}, {@code 2025年}), times, phone numbers, percentages
 * ({@code 12%}, {@code 12 pour cent}, {@code 百分之十}), ordinals ({@code 12th}, {@code 2e}, {@code 1º},
 * {@code 第3}, {@code 3.} in German) and labels ({@code Proposal 12}, {@code No. 5}).
 */
final class Rejections {

    private static final Pattern DATE = Pattern.compile(
            "\\d{1,4}([./-])\\d{1,2}\\1\\d{1,4}|\\b(19|20)\\d\\d-(0[1-9]|1[0-2])\\b|\\d/\\d");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b|\\b\\d{1,2}h\\d{2}\\b");
    private static final Pattern PHONE_CHARS = Pattern.compile(
            "(?:(?:tel|tél|phone|téléphone)\\.?:?\\s*)?(\\+?[\\d ()./-]+)", Pattern.CASE_INSENSITIVE);

    private static final Lexicon<Boolean> PERCENT = Lexicon.of(Boolean.TRUE, "%", "‰", "percent", "per cent",
            "percentage point", "percentage points", "pour cent", "pourcent", "points de pourcentage", "prozent",
            "prozentpunkte", "por ciento", "por cento", "per cento", "percento", "百分点", "퍼센트", "パーセント",
            "百分之");

    private static final Lexicon<String> ORDINAL_SUFFIXES = Lexicon.of("ordinal", "st", "nd", "rd", "th", "e",
            "er", "re", "ère", "ème", "eme", "è", "°", "º", "ª", "番目", "回目", "번째", "째");

    private static final Lexicon<Boolean> LABELS = Lexicon.of(Boolean.TRUE, "第", "제", "no.", "n°", "nº", "n.",
            "#", "nr.", "núm.", "num.", "número", "numéro", "numero", "number");

    private static final Lexicon<Boolean> DATE_WORDS = Lexicon.of(Boolean.TRUE, "年", "月", "日", "号", "년", "월",
            "일", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
            "dec", "janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "enero",
            "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre",
            "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
            "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
            "novembro", "dezembro");

    private Rejections() {
    }

    /** Refuses phrases whose shape as a whole is a date, a time or a phone number. */
    static void checkWhole(String text, String phrase) throws PhraseException {
        Matcher date = DATE.matcher(text);
        if (date.find()) {
            throw new PhraseException(phrase, "'" + date.group() + "' looks like a date, not an amount");
        }
        Matcher time = TIME.matcher(text);
        if (time.find()) {
            throw new PhraseException(phrase, "'" + time.group() + "' looks like a time, not an amount");
        }
        Matcher phone = PHONE_CHARS.matcher(text);
        if (phone.matches()) {
            String number = phone.group(1).strip();
            long digits = number.chars().filter(c -> c >= '0' && c <= '9').count();
            boolean dialled = number.startsWith("+") || number.startsWith("(") || number.startsWith("0")
                    || number.chars().filter(c -> c == '-').count() >= 2;
            if (digits >= 8 && dialled) {
                throw new PhraseException(phrase, "'" + phrase + "' looks like a phone number, not an amount");
            }
        }
    }

    /** Refuses a label or ordinal marker before the number ({@code No. 5}, {@code 第3}, {@code 제3}). */
    static void checkBefore(Cursor cursor, String phrase) throws PhraseException {
        if (cursor.peekAt(LABELS) != null) {
            throw new PhraseException(phrase, "'" + phrase + "' numbers something (a label or an ordinal), it does"
                    + " not state an amount");
        }
        if (cursor.peekAt(PERCENT) != null) {
            throw new PhraseException(phrase, "'" + phrase + "' is a percentage, not an amount");
        }
    }

    /**
     * Refuses what follows the digits of {@code number} when it makes them a percentage, an ordinal, a date or a
     * name ({@code 5G}).
     */
    static void checkAfter(Cursor cursor, NumberReader.RawNumber number, Language language, String phrase)
            throws PhraseException {
        String digits = number.text();
        int at = cursor.pos();
        if (cursor.take(PERCENT) != null) {
            String percentage = cursor.slice(number.start(), cursor.pos());
            cursor.reset(at);
            throw new PhraseException(phrase, "'" + percentage + "' is a percentage, not an amount");
        }
        if (cursor.peekAt(DATE_WORDS) != null) {
            throw new PhraseException(phrase, "'" + phrase + "' looks like a date, not an amount");
        }
        char next = cursor.peek();
        if (cursor.peekAt(ORDINAL_SUFFIXES) != null && next != ' ') {
            throw new PhraseException(phrase, "'" + phrase + "' is an ordinal, not an amount");
        }
        if (language == Language.DE && next == '.' && (cursor.peek(1) == ' ' || cursor.peek(1) == 0)) {
            throw new PhraseException(phrase, "'" + digits + ".' is a German ordinal, not an amount");
        }
        if (Lexicon.latinLetter(next)) {
            int end = cursor.pos();
            while (end < cursor.text().length() && !Character.isWhitespace(cursor.text().charAt(end))) {
                end++;
            }
            throw new PhraseException(phrase, "'" + digits + cursor.slice(cursor.pos(), end) + "' reads as a name or"
                    + " code, not an amount; put a space between the number and the word if it is a count");
        }
    }

    /** The message for text before the number that is neither a qualifier nor a currency ({@code Proposal 12}). */
    static PhraseException label(String label, String phrase) {
        String word = label.strip();
        Cursor cursor = new Cursor(word);
        if (cursor.peekAt(DATE_WORDS) != null) {
            return new PhraseException(phrase, "'" + phrase + "' looks like a date, not an amount");
        }
        return new PhraseException(phrase, "'" + phrase + "': '" + word + "' before the number makes it a label or"
                + " an ordinal, not an amount (only qualifiers such as 'more than' and currencies may come first)");
    }
}
