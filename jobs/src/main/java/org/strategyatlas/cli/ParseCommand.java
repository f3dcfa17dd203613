package org.strategyatlas.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.strategyatlas.phrases.ParsedPhrase;
import org.strategyatlas.phrases.PhraseException;
import org.strategyatlas.phrases.PhraseParser;
import org.strategyatlas.publish.CsvTableWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas parse}: reads amount phrases from standard input, one per line, and writes what they state as CSV. */
@Command(name = "parse", mixinStandardHelpOptions = true, versionProvider = AtlasCommand.Version.class,
        description = {"Reads phrases such as '109 milliards d'euros' or '65 名参与者' from standard input (UTF-8),"
                + " one per line, and writes CSV to standard output with the columns " + ParseCommand.HEADER_TEXT
                + ": plain decimal bounds, an ISO 4217 code or 'count', the counted noun, the qualifier (exact,"
                + " approx, at_least, at_most, range), or why the line could not be read.",
            "Every input line gives one output row, in order. Text a spreadsheet would run as a formula is"
                + " prefixed with '.",
            "Exit status: 0 even when some lines fail (their error column says why), 2 usage error."})
public final class ParseCommand implements Callable<Integer> {

    static final String HEADER_TEXT = "phrase,low,high,unit,noun,qualifier,error";

    /** The output columns, in order. */
    public static final List<String> HEADER = List.of(HEADER_TEXT.split(","));

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    @Spec
    private CommandSpec spec;

    @Option(names = "--lang", paramLabel = "TAG",
            description = "Language of every phrase as a BCP 47 tag (en, fr, de, es, it, pt, zh, ja, ko); it decides"
                    + " 'billion' (10^9 in en, 10^12 in fr), '¥' (CNY in zh, JPY otherwise) and 1,234 vs 1.234"
                    + " before a scale word. Default: none.")
    private String language;

    private final InputStream in;
    private final OutputStream out;

    /** Reads standard input and writes standard output. */
    public ParseCommand() {
        this(System.in, System.out);
    }

    /** Reads {@code in} and writes {@code out} (tests); neither is closed. */
    public ParseCommand(InputStream in, OutputStream out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public Integer call() throws IOException {
        checkLanguage();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, FORMAT);
        printer.printRecord(HEADER);
        boolean first = true;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (first && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            first = false;
            printer.printRecord(row(line, language).stream().map(CsvTableWriter::cell).toList());
        }
        printer.flush();
        return ExitCodes.OK;
    }

    /** The output cells for one phrase: its reading, or the reason it could not be read. */
    static List<Object> row(String phrase, String language) {
        try {
            ParsedPhrase parsed = PhraseParser.parse(phrase, language);
            return Arrays.asList(phrase, parsed.low(), parsed.high(), parsed.unit(), parsed.noun(),
                    parsed.qualifier().code(), null);
        } catch (PhraseException e) {
            return Arrays.asList(phrase, null, null, null, null, null, e.getMessage());
        }
    }

    private void checkLanguage() {
        if (language == null) {
            return;
        }
        try {
            if (!PhraseParser.knowsLanguage(language)) {
                spec.commandLine().getErr().println("atlas parse: no rules for language '" + language
                        + "'; phrases are read as with no --lang");
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--lang: " + e.getMessage());
        }
    }

    /** Runs {@code parse} on its own, for use before the {@code atlas} launcher registers it. */
    public static void main(String[] args) {
        System.exit(new CommandLine(new ParseCommand()).execute(args));
    }
}
