package org.strategyatlas.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Qualifier;

/**
 * Writes text documents for the extraction benchmark ({@code doc-000001.txt}, ...), in the nine languages in
 * turn, with amount and count phrases inside ordinary sentences, and {@code phrases.csv}: every phrase with its
 * document, language, offsets ({@code start} inclusive, {@code end} exclusive, in Unicode code points) and what it
 * states. Every phrase names its currency, so it can be read without the context a figure row gives.
 */
final class DocumentWriter {

    static final String FOLDER = "documents";
    static final String ANSWERS = "phrases.csv";
    static final List<String> ANSWER_COLUMNS = List.of("document", "language", "start", "end", "phrase", "low",
            "high", "unit", "qualifier");

    private final Catalogue catalogue;

    DocumentWriter(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    static String fileName(int number) {
        return String.format(Locale.ROOT, "doc-%06d.txt", number);
    }

    /** Writes {@code count} documents into {@code root}/documents; returns how many phrases they hold. */
    long write(Path root, int count, SplittableRandom random) throws IOException {
        Path folder = Files.createDirectories(root.resolve(FOLDER));
        long phrases = 0;
        try (CSVPrinter answers = new CSVPrinter(Files.newBufferedWriter(folder.resolve(ANSWERS),
                StandardCharsets.UTF_8), CsvRecords.FORMAT)) {
            answers.printRecord(ANSWER_COLUMNS);
            for (int n = 1; n <= count; n++) {
                Lang lang = Lang.values()[(n - 1) % Lang.values().length];
                phrases += document(folder, n, lang, answers, random);
            }
        }
        return phrases;
    }

    private long document(Path folder, int number, Lang lang, CSVPrinter answers, SplittableRandom random)
            throws IOException {
        Fillers.Sentences sentences = Fillers.of(lang);
        StringBuilder text = new StringBuilder(Names.title(lang, random)).append("\n\n");
        int phrases = 0;
        int total = 8 + random.nextInt(9);
        String previous = "";
        for (int i = 0; i < total; i++) {
            if (i > 0) {
                text.append(i % 4 == 0 ? "\n\n" : Fillers.separator(lang));
            }
            if (random.nextInt(100) < 45) {
                Statement statement = statement(lang, random);
                String phrase = PhraseWriter.write(statement, lang.tag(), PhraseWriter.Context.NONE, random);
                String template = PhraseWriter.pick(statement.isCount() ? sentences.count() : sentences.money(),
                        random);
                int slot = template.indexOf("%s");
                text.append(template, 0, slot);
                int start = text.codePointCount(0, text.length());
                text.append(phrase).append(Fillers.afterPhrase(template.substring(slot + 2), phrase));
                answers.printRecord(fileName(number), lang.tag(), start,
                        start + phrase.codePointCount(0, phrase.length()), phrase, plain(statement.low()),
                        plain(statement.high()), statement.unit(), statement.qualifier().code());
                phrases++;
            } else {
                String sentence = PhraseWriter.pick(sentences.plain(), random);
                if (sentence.equals(previous)) {
                    sentence = sentences.plain().get((sentences.plain().indexOf(sentence) + 1)
                            % sentences.plain().size());
                }
                text.append(sentence);
                previous = sentence;
            }
        }
        text.append('\n');
        try (BufferedWriter out = Files.newBufferedWriter(folder.resolve(fileName(number)), StandardCharsets.UTF_8)) {
            out.write(text.toString());
        }
        return phrases;
    }

    /** Money in a currency the language has words for (sometimes any it can name by code) or a count. */
    private Statement statement(Lang lang, SplittableRandom random) {
        int year = Catalogue.FIRST_YEAR + random.nextInt(Catalogue.COMPLETE_TO - Catalogue.FIRST_YEAR + 1);
        if (random.nextInt(100) < 60) {
            boolean ownWords = random.nextInt(4) > 0;
            List<String> named = new ArrayList<>();
            for (String currency : catalogue.currencies()) {
                if (ownWords ? CurrencyForms.hasWords(lang, currency) : CurrencyForms.named(lang, currency)) {
                    named.add(currency);
                }
            }
            String currency = named.isEmpty() ? "USD" : PhraseWriter.pick(named, random);
            double gdpLog10 = 10 + 3 * random.nextDouble();
            return single("investment", Magnitudes.money(currency, year, gdpLog10, catalogue, random), currency,
                    random);
        }
        String metric = PhraseWriter.pick(catalogue.countMetrics(), random);
        return single(metric, Magnitudes.count(metric, random), Figure.COUNT_UNIT, random);
    }

    private static Statement single(String metric, BigDecimal value, String unit, SplittableRandom random) {
        return switch (random.nextInt(10)) {
            case 0 -> new Statement(metric, value, null, unit, Qualifier.AT_LEAST);
            case 1 -> new Statement(metric, null, value, unit, Qualifier.AT_MOST);
            case 2 -> new Statement(metric, value, value, unit, Qualifier.APPROX);
            case 3 -> new Statement(metric, value, Magnitudes.rangeHigh(value, random), unit, Qualifier.RANGE);
            default -> new Statement(metric, value, value, unit, Qualifier.EXACT);
        };
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
