package org.strategyatlas.phrases;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.strategyatlas.cli.ParseCommand;
import picocli.CommandLine;

/** {@code atlas parse}: one CSV row per input line, failures in the error column, exit 0. */
class ParseCommandTest {

    private final StringWriter err = new StringWriter();

    private String run(String input, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CommandLine command = new CommandLine(new ParseCommand(
                new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out));
        command.setErr(new PrintWriter(err, true));
        int exit = command.execute(args);
        return exit + "\n" + out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesOneRowPerLineWithPlainDecimalsAndExitsZeroWhenSomeLinesFail() {
        String input = """
                109 milliards d’euros
                plusieurs dizaines de dirigeants
                2025
                jusqu'à 5 Mrd. €
                plus d'un millier de chercheurs, selon le ministère
                """;
        String expected = """
                0
                phrase,low,high,unit,noun,qualifier,error
                109 milliards d’euros,109000000000,109000000000,EUR,,exact,
                plusieurs dizaines de dirigeants,20,90,count,dirigeants,range,
                2025,,,,,,"'2025' looks like a year, not an amount; write a count with a group separator (2,025)"
                jusqu'à 5 Mrd. €,,5000000000,EUR,,at_most,
                "plus d'un millier de chercheurs, selon le ministère",1000,,count,"chercheurs, selon le ministère",\
                at_least,
                """;
        assertEquals(expected, run(input, "--lang", "fr"));
    }

    @Test
    void withoutLanguageTheYenSignIsReportedAsAmbiguous() {
        assertEquals("""
                0
                phrase,low,high,unit,noun,qualifier,error
                ¥10 trillion,,,,,,"ambiguous ¥ in '¥10 trillion': yen (JPY) or yuan (CNY)? Give the language (ja, zh)\
                 or write JPY, CNY, 円 or 元"
                """, run("\uFEFF¥10 trillion\n"));
    }

    @Test
    void blankLinesKeepTheirRowSoOutputLinesUpWithInput() {
        assertEquals("""
                0
                phrase,low,high,unit,noun,qualifier,error
                €1.2bn,1200000000,1200000000,EUR,,exact,
                "",,,,,,no number in ''
                65 名参与者,65,65,count,参与者,exact,
                """, run("€1.2bn\n\n65 名参与者\n"));
    }

    @Test
    void aPhraseThatLooksLikeAFormulaIsNeutralised() {
        assertEquals("""
                0
                phrase,low,high,unit,noun,qualifier,error
                '+33 1 23 45 67 89,,,,,,"'+33 1 23 45 67 89' looks like a phone number, not an amount"
                """, run("+33 1 23 45 67 89\n"));
    }

    @Test
    void aMalformedLanguageTagIsAUsageError() {
        String result = run("€5bn\n", "--lang", "french!");
        assertEquals("2\n", result);
        assertEquals(true, err.toString().contains("--lang: 'french!' is not a language tag"), err.toString());
    }

    @Test
    void anUnsupportedLanguageIsReadAsNoLanguageWithAWarning() {
        assertEquals("""
                0
                phrase,low,high,unit,noun,qualifier,error
                5 billion euros,5000000000,5000000000,EUR,,exact,
                """, run("5 billion euros\n", "--lang", "nl"));
        assertEquals("atlas parse: no rules for language 'nl'; phrases are read as with no --lang",
                err.toString().strip());
    }
}
