package org.strategyatlas.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.strategyatlas.TestPaths;
import org.strategyatlas.model.Basis;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.FigureKind;
import org.strategyatlas.model.Funding;
import org.strategyatlas.model.Qualifier;
import org.strategyatlas.phrases.ParsedPhrase;
import org.strategyatlas.phrases.PhraseException;
import org.strategyatlas.phrases.PhraseParser;
import org.strategyatlas.reference.ReferenceData;

/** The phrase templates: each language's phrases read back, through the real parser, as what they were written for. */
class PhraseWriterTest {

    private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "zh", "ja", "ko");

    static Catalogue catalogue;

    @BeforeAll
    static void load() throws Exception {
        catalogue = Catalogue.load(ReferenceData.load(TestPaths.root().resolve("data/reference")),
                TestPaths.root().resolve("data"));
    }

    /** Written by hand from how each language writes the amount; every variant the writer uses, and nothing else. */
    static Stream<Arguments> phrasesByLanguage() {
        return Stream.of(
                money("en", "EUR", "1200000000", Qualifier.EXACT, "€1.2 billion", "€1.2bn", "1.2 billion euros"),
                money("fr", "EUR", "1200000000", Qualifier.EXACT, "1,2 milliard d’euros", "1,2 milliard €"),
                money("de", "EUR", "1200000000", Qualifier.EXACT, "1,2 Milliarden Euro", "1,2 Milliarden €",
                        "1,2 Mrd. Euro", "1,2 Mrd. €"),
                money("es", "EUR", "1200000000", Qualifier.EXACT, "1,2 mil millones de euros"),
                money("it", "EUR", "1200000000", Qualifier.EXACT, "1,2 miliardi di euro"),
                money("pt", "BRL", "23030000000", Qualifier.EXACT, "R$ 23,03 bilhões", "23,03 bilhões de reais"),
                money("zh", "CNY", "1200000000", Qualifier.EXACT, "12亿元", "12 亿元", "12亿元人民币", "12 亿元人民币"),
                money("ja", "JPY", "1200000000000", Qualifier.EXACT, "1兆2000億円", "1.2兆円"),
                money("ko", "KRW", "1200000000000", Qualifier.EXACT, "1조 2000억 원", "1조 2천억 원", "1.2조 원"),
                money("en", "KRW", "65000000000000", Qualifier.EXACT, "65 trillion won", "₩65 trillion", "₩65tn"),
                money("de", "EUR", "1600000000", Qualifier.AT_LEAST, "über 1,6 Milliarden Euro",
                        "mehr als 1,6 Milliarden Euro", "mindestens 1,6 Milliarden Euro", "über 1,6 Milliarden €",
                        "mehr als 1,6 Milliarden €", "mindestens 1,6 Milliarden €", "über 1,6 Mrd. Euro",
                        "mehr als 1,6 Mrd. Euro", "mindestens 1,6 Mrd. Euro", "über 1,6 Mrd. €", "mehr als 1,6 Mrd. €",
                        "mindestens 1,6 Mrd. €"),
                count("en", "researchers", "1200", Qualifier.AT_LEAST, "more than 1,200 researchers",
                        "over 1,200 researchers", "at least 1,200 researchers"),
                count("fr", "researchers", "1200", Qualifier.AT_LEAST, "plus de 1\u202F200 chercheurs",
                        "au moins 1\u202F200 chercheurs"),
                count("de", "participants", "1500", Qualifier.APPROX, "rund 1.500 Teilnehmer", "etwa 1.500 Teilnehmer",
                        "fast 1.500 Teilnehmer"),
                count("zh", "participants", "65", Qualifier.EXACT, "65 名参与者"),
                count("ja", "researchers", "1200", Qualifier.AT_LEAST, "少なくとも1,200人の研究者", "1,200人以上の研究者"),
                count("ko", "participants", "65", Qualifier.EXACT, "65명의 참가자", "참가자 65명"),
                count("pt", "people_trained", "115000", Qualifier.EXACT, "115.000 pessoas capacitadas",
                        "115 mil pessoas capacitadas"));
    }

    private static Arguments money(String language, String currency, String value, Qualifier qualifier,
                                   String... phrases) {
        return Arguments.of(language, statement("investment", value, currency, qualifier), Set.of(phrases));
    }

    private static Arguments count(String language, String metric, String value, Qualifier qualifier,
                                   String... phrases) {
        return Arguments.of(language, statement(metric, value, Figure.COUNT_UNIT, qualifier), Set.of(phrases));
    }

    private static Statement statement(String metric, String value, String unit, Qualifier qualifier) {
        BigDecimal v = new BigDecimal(value);
        return new Statement(metric, qualifier == Qualifier.AT_MOST ? null : v,
                qualifier == Qualifier.AT_LEAST ? null : v, unit, qualifier);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("phrasesByLanguage")
    void writesAmountsAsTheLanguageDoes(String language, Statement statement, Set<String> expected) {
        Set<String> written = new TreeSet<>();
        for (int seed = 0; seed < 200; seed++) {
            written.add(PhraseWriter.write(statement, language, PhraseWriter.Context.NONE, new SplittableRandom(seed)));
        }
        assertEquals(new TreeSet<>(expected), written);
    }

    @Test
    void everyLanguageWritesEveryCurrencyItCanNameSoThatTheParserReadsItBack() throws PhraseException {
        SplittableRandom random = new SplittableRandom(11);
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (String language : LANGUAGES) {
            for (String currency : catalogue.currencies()) {
                if (!PhraseWriter.namesCurrency(language, currency)) {
                    continue;
                }
                for (Qualifier qualifier : Qualifier.values()) {
                    for (int i = 0; i < 4; i++) {
                        BigDecimal value = Magnitudes.money(currency, 2024, 9 + 4 * random.nextDouble(), catalogue,
                                random);
                        read += check(statement(value, currency, qualifier, "investment", random), language, random,
                                wrong);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(read > 15_000, "phrases read: " + read);
    }

    @Test
    void everyCountMetricIsWrittenInEveryLanguageSoThatTheParserReadsItBack() throws PhraseException {
        SplittableRandom random = new SplittableRandom(12);
        List<String> wrong = new ArrayList<>();
        for (String language : LANGUAGES) {
            for (String metric : catalogue.countMetrics()) {
                for (Qualifier qualifier : Qualifier.values()) {
                    for (int i = 0; i < 10; i++) {
                        BigDecimal value = Magnitudes.count(metric, random);
                        check(statement(value, Figure.COUNT_UNIT, qualifier, metric, random), language, random, wrong);
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static Statement statement(BigDecimal value, String unit, Qualifier qualifier, String metric,
                                       SplittableRandom random) {
        return switch (qualifier) {
            case AT_LEAST -> new Statement(metric, value, null, unit, qualifier);
            case AT_MOST -> new Statement(metric, null, value, unit, qualifier);
            case RANGE -> new Statement(metric, value, Magnitudes.rangeHigh(value, random), unit, qualifier);
            default -> new Statement(metric, value, value, unit, qualifier);
        };
    }

    /** Writes and parses one phrase; adds a line to {@code wrong} when it does not read back exactly. */
    private static int check(Statement s, String language, SplittableRandom random, List<String> wrong)
            throws PhraseException {
        String phrase = PhraseWriter.write(s, language, PhraseWriter.Context.NONE, random);
        ParsedPhrase read;
        try {
            read = PhraseParser.parse(phrase, language);
        } catch (PhraseException e) {
            wrong.add(language + " '" + phrase + "': " + e.getMessage());
            return 1;
        }
        if (!read.unit().equals(s.unit()) || !same(read.low(), s.low()) || !same(read.high(), s.high())
                || read.qualifier() != s.qualifier()) {
            wrong.add(language + " '" + phrase + "' reads " + read + " but states " + s);
        }
        return 1;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Test
    void withContextPhrasesUseOnlyTheReadingsIngestAllows() throws PhraseException {
        SplittableRandom random = new SplittableRandom(13);
        PhraseWriter.Context canada = new PhraseWriter.Context("CAD", true);
        Set<String> shapes = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            for (String currency : List.of("CAD", "TRY")) {
                BigDecimal value = Magnitudes.money(currency, 2024, 12, catalogue, random);
                Statement s = new Statement("investment", value, value, currency, Qualifier.EXACT);
                String phrase = PhraseWriter.write(s, "en", canada, random);
                ParsedPhrase read = PhraseParser.parse(phrase, "en");
                String difference = PhraseAgreement.difference(new Figure("f", "i", "investment", phrase, "en",
                        value, value, currency, Qualifier.EXACT, Basis.APPROPRIATION, Funding.PUBLIC, FigureKind.TOTAL,
                        null, null, "s", ""), read);
                if (difference != null) {
                    wrong.add(phrase + ": " + difference);
                }
                shapes.add(currency + (read.unit().equals(currency) ? " named" : read.isMoney() ? " as a bare $"
                        : " without a currency"));
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(Set.of("CAD named", "CAD as a bare $", "CAD without a currency", "TRY without a currency"),
                shapes);
    }

    @Test
    void aCurrencyTheParserCannotNameNeedsContext() {
        Statement lira = new Statement("investment", BigDecimal.TEN, BigDecimal.TEN, "TRY", Qualifier.EXACT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhraseWriter.write(lira, "en", PhraseWriter.Context.NONE, new SplittableRandom(1)));
        assertEquals("a phrase in en cannot name TRY (the parser does not read that code as a currency); give the"
                + " phrase a context", e.getMessage());
    }

    @Test
    void aLanguageWithoutTemplatesIsRefused() {
        Statement ten = new Statement("investment", BigDecimal.TEN, BigDecimal.TEN, "EUR", Qualifier.EXACT);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhraseWriter.write(ten, "nl", PhraseWriter.Context.NONE, new SplittableRandom(1)));
        assertEquals("no phrase templates for language 'nl'; use one of en, fr, de, es, it, pt, zh, ja, ko",
                e.getMessage());
    }
}
