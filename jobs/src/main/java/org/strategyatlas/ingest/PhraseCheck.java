package org.strategyatlas.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Qualifier;
import org.strategyatlas.phrases.ParsedPhrase;
import org.strategyatlas.phrases.PhraseException;
import org.strategyatlas.phrases.PhraseParser;

/**
 * Checks that each figure's phrase, read by the {@link PhraseParser}, says what the row's numbers say. Three
 * readings of context are allowed, because the phrase alone cannot carry them: a bare "$" (or "dollars") is
 * the dollar of the source's country (AUD in an Australian budget), a phrase that names no currency takes the
 * row's currency ("50 billion" in an article about euros), and a curator may mark an exact-looking phrase as
 * approx (a rounded or converted number).
 */
final class PhraseCheck {

    /** "$" not preceded by a letter (US$, C$, A$, S$, R$ name their dollar), or the word dollar(s). */
    private static final Pattern BARE_DOLLAR = Pattern.compile("(?<![A-Za-z])\\$|(?i)\\bdollars?\\b");

    private final List<InputProblem> problems = new ArrayList<>();

    List<InputProblem> problems() {
        return problems;
    }

    /** Checks the figures of rows not already rejected ({@code badRows} holds "file:line"). */
    void check(Parsed<Figure> figures, Set<String> badRows) {
        for (int i = 0; i < figures.records().size(); i++) {
            if (!badRows.contains(figures.file() + ":" + figures.lineOf(i))) {
                check(CrossChecks.At.of(figures, i), figures.records().get(i));
            }
        }
    }

    /** Checks one figure read from {@code at}. */
    void check(CrossChecks.At at, Figure f) {
        String language = PhraseParser.knowsLanguage(f.language()) ? f.language() : null;
        ParsedPhrase read;
        try {
            read = PhraseParser.parse(f.asStated(), language);
        } catch (PhraseException e) {
            add(at, f, "phrase cannot be read: " + e.reason(),
                    "a phrase atlas parse can read, e.g. '€109bn', '65 participants', 'more than 1,000 researchers'");
            return;
        } catch (IllegalArgumentException e) {
            return; // a malformed language tag is reported by the row checks
        }
        List<String> differences = new ArrayList<>();
        if (!unitAgrees(f, read)) {
            differences.add("unit " + read.unit());
        }
        if (!same(f.low(), read.low()) || !same(f.high(), read.high())) {
            differences.add("low " + text(read.low()) + ", high " + text(read.high()));
        }
        if (f.qualifier() != read.qualifier()
                && !(f.qualifier() == Qualifier.APPROX && read.qualifier() == Qualifier.EXACT)) {
            differences.add("qualifier " + read.qualifier().code());
        }
        if (!differences.isEmpty()) {
            add(at, f, "the phrase reads as " + String.join(", ", differences) + " but the row says unit "
                    + f.unit() + ", low " + text(f.low()) + ", high " + text(f.high()) + ", qualifier "
                    + f.qualifier().code(), "low, high, unit and qualifier that match the phrase (./atlas parse shows"
                    + " how it reads)");
        }
    }

    private static boolean unitAgrees(Figure f, ParsedPhrase read) {
        if (read.unit().equals(f.unit())) {
            return true;
        }
        if (f.isCount()) {
            return false;
        }
        boolean namesNoCurrency = !read.isMoney() && read.noun().isEmpty();
        boolean bareDollar = "USD".equals(read.unit()) && f.unit().endsWith("D")
                && BARE_DOLLAR.matcher(f.asStated()).find() && !f.asStated().toUpperCase(Locale.ROOT).contains("US");
        return namesNoCurrency || bareDollar;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static String text(BigDecimal value) {
        return value == null ? "none" : value.stripTrailingZeros().toPlainString();
    }

    private void add(CrossChecks.At at, Figure f, String message, String expected) {
        problems.add(new InputProblem(at.file(), at.line(), at.header().indexOf("as_stated") + 1,
                "as_stated", f.asStated(), message, expected));
    }
}
