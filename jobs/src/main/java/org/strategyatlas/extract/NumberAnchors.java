package org.strategyatlas.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Where a number is written in a sentence: digits, Chinese or Japanese numerals with a unit character
 * ({@code 三千}, {@code 数十亿}), Korean numerals ({@code 수십억}), and number words of the sentence's language
 * ({@code millier}, {@code dizaines}, {@code dozen}, {@code hundreds}, {@code deux}, {@code milliards}). An anchor
 * only proposes; the phrase parser decides whether the words around it state an amount.
 *
 * <p>Words that are numbers only sometimes are left out on purpose: the articles {@code a}, {@code un},
 * {@code ein}, {@code uno}, {@code um} (one) start a figure only before a collective or scale word, which is
 * then the anchor ({@code un millier}, {@code a billion}); a lone {@code 一} or {@code 两} is not an anchor
 * ({@code 一个}, {@code 统一}), nor is {@code 十分} ("very").
 */
final class NumberAnchors {

    private static final Set<String> SHARED_UNITS = Set.of("dozen", "dozens", "douzaine", "douzaines", "dutzend",
            "dutzende", "docena", "docenas", "dozzina", "dozzine", "dúzia", "dúzias");

    private static final Map<String, Set<String>> CARDINALS = Map.of(
            "en", Set.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                    "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"),
            "fr", Set.of("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze", "douze",
                    "treize", "quatorze", "quinze", "seize", "vingt", "trente", "quarante", "cinquante", "soixante",
                    "cent", "mille"),
            "de", Set.of("zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "elf", "zwölf",
                    "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig", "hundert",
                    "tausend"),
            "es", Set.of("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
                    "veinte", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa", "cien",
                    "mil"),
            "it", Set.of("due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove", "dieci", "undici",
                    "dodici", "venti", "trenta", "quaranta", "cinquanta", "sessanta", "settanta", "ottanta",
                    "novanta", "cento", "mille"),
            "pt", Set.of("dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove", "dez", "onze", "doze",
                    "vinte", "trinta", "quarenta", "cinquenta", "sessenta", "setenta", "oitenta", "noventa", "cem",
                    "mil"));

    /** Collectives, plural units and scale words: {@code millier}, {@code dizaines}, {@code hundreds}. */
    private static final Map<String, Set<String>> UNITS = Map.of(
            "en", Set.of("hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion",
                    "billions", "trillion", "trillions", "tens"),
            "fr", Set.of("cents", "dizaine", "dizaines", "vingtaine", "trentaine", "quarantaine", "cinquantaine",
                    "centaine", "centaines", "millier", "milliers", "million", "millions", "milliard", "milliards",
                    "billion", "billions"),
            "de", Set.of("hunderte", "tausende", "zehntausende", "hunderttausende", "million", "millionen",
                    "milliarde", "milliarden", "billion", "billionen"),
            "es", Set.of("decena", "decenas", "veintena", "centenar", "centenares", "millar", "millares", "miles",
                    "millón", "millones", "millardo", "millardos", "billón", "billones"),
            "it", Set.of("decina", "decine", "ventina", "centinaio", "centinaia", "migliaio", "migliaia", "milione",
                    "milioni", "miliardo", "miliardi"),
            "pt", Set.of("dezena", "dezenas", "centena", "centenas", "milhar", "milhares", "milhão", "milhões",
                    "bilhão", "bilhões"));

    private static final String CJK_NUMERALS = "零〇一二三四五六七八九十百千万萬亿億兆两兩数數几幾";
    private static final String CJK_UNITS = "十百千万萬亿億兆";
    private static final String HANGUL_NUMERALS = "일이삼사오육칠팔구십백천만억조수";
    private static final String HANGUL_UNITS = "십백천만억조";

    private NumberAnchors() {
    }

    /** Whether {@code word} (one word token) is a number word of {@code language} (English if unknown). */
    static boolean numberWord(String word, String language) {
        String lower = word.toLowerCase(Locale.ROOT);
        return SHARED_UNITS.contains(lower) || table(UNITS, language).contains(lower) || cardinal(word, language);
    }

    /** Whether {@code word} is a plain cardinal ({@code deux}, {@code three}) rather than a collective or scale. */
    static boolean cardinal(String word, String language) {
        return table(CARDINALS, language).contains(word.toLowerCase(Locale.ROOT));
    }

    private static Set<String> table(Map<String, Set<String>> tables, String language) {
        return tables.getOrDefault(language == null ? "en" : language, Set.of());
    }

    /** The end (exclusive) of a CJK numeral anchor starting at {@code start}, or -1 if none starts there. */
    static int cjkNumeralEnd(String s, int start) {
        int end = start;
        boolean unit = false;
        while (end < s.length() && CJK_NUMERALS.indexOf(s.charAt(end)) >= 0) {
            unit |= CJK_UNITS.indexOf(s.charAt(end)) >= 0;
            end++;
        }
        if (end == start || !unit || s.startsWith("十分", start)) {
            return -1;
        }
        return end;
    }

    /** Whether a Hangul word is written in Korean numerals with a unit ({@code 수십억}, {@code 천만}). */
    static boolean hangulNumeral(String word) {
        boolean unit = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (HANGUL_NUMERALS.indexOf(c) < 0) {
                return false;
            }
            unit |= HANGUL_UNITS.indexOf(c) >= 0;
        }
        return unit && word.length() >= 2;
    }
}
