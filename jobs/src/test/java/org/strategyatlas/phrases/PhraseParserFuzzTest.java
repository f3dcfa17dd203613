package org.strategyatlas.phrases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategyatlas.model.Qualifier;

/**
 * Seeded random phrases (digits with every kind of mark, scale words, currencies and qualifiers of the nine
 * languages, random Unicode, very long and empty strings): the parser answers each with a {@link ParsedPhrase}
 * whose bounds fit its qualifier, or a {@link PhraseException}, and nothing else; and well-formed phrases built
 * from a known amount read back as exactly that amount.
 *
 * <p>Each iteration draws from its own {@code Random(seed * 1_000_003 + iteration)}, so the phrase a failure
 * names is rebuilt from its seed and iteration alone.
 */
class PhraseParserFuzzTest {

    private static final int ITERATIONS = 2_000;

    private static final List<String> LANGUAGES = Arrays.asList(null, "", "en", "fr", "de", "es", "it", "pt", "zh",
            "ja", "ko", "en-GB", "fr-CA", "de-CH", "pt-BR", "zh-CN", "zh-Hant-TW", "nl", "hi");

    private static final List<String> QUALIFIERS_BEFORE = List.of("more than", "over", "at least", "up to",
            "about", "around", "nearly", "less than", "between", "from", "plus de", "plus d'", "au moins", "environ",
            "près de", "jusqu'à", "moins de", "entre", "de", "mehr als", "über", "rund", "etwa", "bis zu", "zwischen",
            "más de", "al menos", "alrededor de", "hasta", "unos", "oltre", "almeno", "circa", "fino a", "tra",
            "mais de", "pelo menos", "cerca de", "até", "超过", "至少", "约", "近", "最多", "高达", "少なくとも",
            "およそ", "最大", "최소", "약", "최대", "~", "c.", "an estimated", "some", "No.", "第", "#");

    private static final List<String> QUALIFIERS_AFTER = List.of("+", "以上", "多", "余", "左右", "程度", "近く",
            "이상", "여", "가량", "까지", "or more", "or so", "et plus", "environ", "und mehr", "o más", "o più",
            "ou mais", "以下", "未満", "이하");

    private static final List<String> SCALES = List.of("hundred", "thousand", "million", "millions", "billion",
            "trillion", "k", "m", "mn", "bn", "b", "tn", "lakh", "crore", "cr", "mille", "millier", "milliers",
            "milliard", "milliards", "tausend", "Tsd.", "Million", "Millionen", "Mrd.", "Milliarde", "Milliarden",
            "Mia.", "Bio.", "Billion", "mil", "millón", "millones", "mil millones", "millardo", "billón", "mila",
            "milione", "milioni", "miliardo", "miliardi", "mld", "mil milhões", "milhão", "milhões", "bilhão",
            "bilhões", "bilião", "百", "千", "万", "萬", "亿", "億", "兆", "천", "만", "억", "조", "千万", "万亿");

    private static final List<String> CURRENCIES = List.of("€", "$", "US$", "C$", "A$", "£", "¥", "￥", "₹", "₩",
            "Rs", "Rs.", "R$", "EUR", "USD", "GBP", "JPY", "CNY", "INR", "KRW", "CHF", "ALL", "euro", "euros",
            "d'euros", "Euro", "dollars", "US dollars", "pounds", "yen", "yuan", "rupees", "won", "dólares", "reais",
            "欧元", "美元", "元", "人民币", "円", "ドル", "원", "달러", "francs suisses");

    private static final List<String> NOUNS = List.of("researchers", "chercheurs", "de chercheurs", "Forscher",
            "investigadores", "ricercatori", "pesquisadores", "participants", "GPUs", "名研究人员", "人", "名", "명",
            "개", "社", "institutes", "startups", "people");

    private static final List<String> SEPARATORS = List.of(" and ", " to ", " - ", "-", "–", " à ", " et ", " und ",
            " bis ", " y ", " a ", " e ", "~", "〜", " 至 ", "から", "에서 ", " or ", "/");

    private static final String[] MARKS = {",", ".", " ", "'", "\u00A0", "\u202F", "\u2009", "’", "٬", ""};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20250209L, 99_991L, 31_337L})
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void randomPhrasesGiveAParsedPhraseOrAPhraseExceptionOnly(long seed) {
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Random random = new Random(seed * 1_000_003L + iteration);
            String phrase = randomPhrase(random);
            String language = LANGUAGES.get(random.nextInt(LANGUAGES.size()));
            String where = "seed " + seed + ", iteration " + iteration + ": '" + abbreviate(phrase) + "' ("
                    + (language == null ? "no language" : "language '" + language + "'") + ")";
            ParsedPhrase parsed;
            try {
                parsed = PhraseParser.parse(phrase, language);
            } catch (PhraseException e) {
                assertEquals(phrase, e.phrase(), where);
                assertFalse(e.reason() == null || e.reason().isBlank(), where);
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(where + ": only a ParsedPhrase or a PhraseException may come out, got " + e,
                        e);
            }
            assertConsistent(parsed, where);
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20250209L})
    void wellFormedPhrasesReadBackAsTheAmountTheyWereBuiltFrom(long seed) throws PhraseException {
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Random random = new Random(seed * 1_000_003L + iteration);
            BigDecimal n = amount(random);
            BigDecimal m = n.add(amount(random));
            String en = n.toPlainString();
            String fr = en.replace('.', ',');
            String grouped = String.format(Locale.US, "%,d", n.toBigInteger())
                    + (n.scale() > 0 ? en.substring(en.indexOf('.')) : "");
            switch (iteration % 8) {
                case 0 -> assertRoundTrip(en + " million euros", "en", n, n, 6, "EUR", Qualifier.EXACT, "");
                case 1 -> assertRoundTrip("€" + grouped + "bn", "en", n, n, 9, "EUR", Qualifier.EXACT, "");
                case 2 -> assertRoundTrip(fr + " milliards d'euros", "fr", n, n, 9, "EUR", Qualifier.EXACT, "");
                case 3 -> assertRoundTrip(fr + " Mrd. Euro", "de", n, n, 9, "EUR", Qualifier.EXACT, "");
                case 4 -> assertRoundTrip(en + "亿元", "zh", n, n, 8, "CNY", Qualifier.EXACT, "");
                case 5 -> assertRoundTrip("about $" + grouped + " million", "en", n, n, 6, "USD", Qualifier.APPROX,
                        "");
                case 6 -> assertRoundTrip("between " + en + " and " + m.toPlainString() + " billion US dollars", "en",
                        n, m, 9, "USD", Qualifier.RANGE, "");
                default -> {
                    BigDecimal whole = n.setScale(0, RoundingMode.DOWN);
                    String count = String.format(Locale.US, "%,d", whole.toBigInteger());
                    assertRoundTrip("more than " + count + " researchers", "en", whole, null, 0, "count",
                            Qualifier.AT_LEAST, "researchers");
                }
            }
        }
    }

    /** The bounds fit the qualifier, are never negative, and money has an ISO code and no noun. */
    private static void assertConsistent(ParsedPhrase parsed, String where) {
        String shown = where + " read as " + parsed;
        BigDecimal low = parsed.low();
        BigDecimal high = parsed.high();
        assertTrue(low == null || low.signum() >= 0, shown);
        assertTrue(high == null || high.signum() >= 0, shown);
        assertTrue(parsed.scale().signum() > 0, shown);
        switch (parsed.qualifier()) {
            case EXACT, APPROX -> assertTrue(low != null && high != null && low.compareTo(high) == 0, shown);
            case AT_LEAST -> assertTrue(low != null && high == null, shown);
            case AT_MOST -> assertTrue(low == null && high != null, shown);
            case RANGE -> assertTrue(low != null && high != null && low.compareTo(high) < 0, shown);
            default -> throw new AssertionError(shown);
        }
        if (parsed.isMoney()) {
            assertTrue(parsed.unit().matches("[A-Z]{3}"), shown);
            assertEquals("", parsed.noun(), shown);
        } else {
            assertEquals(ParsedPhrase.COUNT, parsed.unit(), shown);
            assertTrue(whole(low) && whole(high), shown + ": a count is whole");
        }
    }

    private static void assertRoundTrip(String phrase, String language, BigDecimal low, BigDecimal high, int power,
                                        String unit, Qualifier qualifier, String noun) throws PhraseException {
        ParsedPhrase parsed = PhraseParser.parse(phrase, language);
        BigDecimal scale = BigDecimal.TEN.pow(power);
        String where = "'" + phrase + "' (" + language + ") read as " + parsed;
        assertEquals(0, low.multiply(scale).compareTo(parsed.low()), where);
        if (high == null) {
            assertNull(parsed.high(), where);
        } else {
            assertEquals(0, high.multiply(scale).compareTo(parsed.high()), where);
        }
        assertEquals(List.of(unit, qualifier, noun), List.of(parsed.unit(), parsed.qualifier(), parsed.noun()), where);
    }

    /**
     * An amount from 1 to 999,999 with up to two decimals: never three decimals, which a language could read as a
     * group of thousands.
     */
    private static BigDecimal amount(Random random) {
        BigDecimal whole = BigDecimal.valueOf(1 + random.nextInt(random.nextBoolean() ? 999 : 999_999));
        int decimals = random.nextInt(3);
        if (decimals == 0) {
            return whole;
        }
        int fraction = 1 + random.nextInt(decimals == 1 ? 9 : 99);
        return whole.add(BigDecimal.valueOf(fraction, decimals)).stripTrailingZeros();
    }

    /**
     * A phrase from a random recipe: mostly the parts of real amounts in random order, sometimes noise, rarely a
     * very long one (tens of milliseconds each, so kept to about one in fifty).
     */
    private static String randomPhrase(Random random) {
        if (random.nextInt(50) == 0) {
            return longPhrase(random);
        }
        return switch (random.nextInt(11)) {
            case 0 -> "";
            case 1 -> " \u00A0\t\u3000";
            case 2 -> randomText(random, 1 + random.nextInt(40));
            case 3 -> digits(random) + " " + pick(random, SCALES) + " " + pick(random, CURRENCIES);
            case 4 -> pick(random, QUALIFIERS_BEFORE) + " " + pick(random, CURRENCIES) + digits(random)
                    + pick(random, SEPARATORS) + pick(random, CURRENCIES) + digits(random) + " " + pick(random, SCALES);
            case 5 -> digits(random) + pick(random, SCALES) + pick(random, NOUNS) + pick(random, QUALIFIERS_AFTER);
            case 6 -> mutate(random, assembled(random));
            default -> assembled(random);
        };
    }

    /** Up to eight parts of an amount, each present or not, joined with or without spaces. */
    private static String assembled(Random random) {
        List<String> parts = new ArrayList<>();
        if (random.nextBoolean()) {
            parts.add(pick(random, QUALIFIERS_BEFORE));
        }
        if (random.nextInt(3) == 0) {
            parts.add(pick(random, CURRENCIES));
        }
        parts.add(digits(random));
        if (random.nextBoolean()) {
            parts.add(pick(random, SCALES));
        }
        if (random.nextInt(4) == 0) {
            parts.add(pick(random, SEPARATORS).strip());
            parts.add(digits(random));
            if (random.nextBoolean()) {
                parts.add(pick(random, SCALES));
            }
        }
        if (random.nextInt(3) == 0) {
            parts.add(pick(random, CURRENCIES));
        }
        if (random.nextInt(4) == 0) {
            parts.add(pick(random, QUALIFIERS_AFTER));
        }
        if (random.nextInt(3) == 0) {
            parts.add(pick(random, NOUNS));
        }
        return String.join(random.nextInt(4) == 0 ? "" : " ", parts);
    }

    /** Digits with random grouping and decimal marks, Indian groups, leading zeros or a stray sign. */
    private static String digits(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(20) == 0) {
            out.append(random.nextBoolean() ? '-' : '+');
        }
        int groups = 1 + random.nextInt(4);
        for (int g = 0; g < groups; g++) {
            if (g > 0) {
                out.append(MARKS[random.nextInt(MARKS.length)]);
            }
            int length = g == 0 ? 1 + random.nextInt(4) : (random.nextInt(4) == 0 ? 1 + random.nextInt(4) : 3);
            for (int i = 0; i < length; i++) {
                out.append((char) ('0' + random.nextInt(10)));
            }
        }
        if (random.nextInt(5) == 0) {
            out.append(random.nextBoolean() ? '.' : ',').append(random.nextInt(1000));
        }
        return out.toString();
    }

    /** Very long input, up to 20,000 characters: digits, repeated qualifiers, marks between digits, noise. */
    private static String longPhrase(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> "9".repeat(1_000 + random.nextInt(19_000)) + " euros";
            case 1 -> "more than ".repeat(1 + random.nextInt(2_000)) + "5 million";
            case 2 -> "1,".repeat(1 + random.nextInt(10_000)) + "000 billion";
            case 3 -> "123 ".repeat(1 + random.nextInt(5_000)) + "researchers";
            default -> randomText(random, 1_000 + random.nextInt(19_000));
        };
    }

    /** A phrase with a few random code points inserted, deleted or doubled. */
    private static String mutate(Random random, String phrase) {
        StringBuilder out = new StringBuilder(phrase);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = out.length() == 0 ? 0 : random.nextInt(out.length());
            switch (random.nextInt(3)) {
                case 0 -> out.insert(at, randomText(random, 1 + random.nextInt(3)));
                case 1 -> {
                    if (out.length() > 0) {
                        out.deleteCharAt(at);
                    }
                }
                default -> {
                    if (out.length() > 0) {
                        out.insert(at, out.charAt(at));
                    }
                }
            }
        }
        return out.toString();
    }

    /** Random code points from the ranges that trouble text handling, lone surrogates included. */
    private static String randomText(Random random, int length) {
        int[][] ranges = {{0x20, 0x7E}, {0x30, 0x39}, {0x00, 0x1F}, {0xA0, 0xFF}, {0x300, 0x36F},
            {0x660, 0x669}, {0x966, 0x96F}, {0xFF10, 0xFF19}, {0x2000, 0x206F}, {0x3000, 0x303F}, {0x4E00, 0x9FFF},
            {0xAC00, 0xD7A3}, {0xD800, 0xDFFF}, {0xFE00, 0xFEFF}, {0x1F300, 0x1F64F}, {0x1D7CE, 0x1D7FF}};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int[] range = ranges[random.nextInt(ranges.length)];
            out.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
        }
        return out.toString();
    }

    private static String pick(Random random, List<String> words) {
        return words.get(random.nextInt(words.size()));
    }

    private static boolean whole(BigDecimal value) {
        return value == null || value.stripTrailingZeros().scale() <= 0;
    }

    private static String abbreviate(String phrase) {
        return phrase.length() <= 200 ? phrase
                : phrase.substring(0, 200) + String.format(Locale.ROOT, "... (%,d characters)", phrase.length());
    }
}
