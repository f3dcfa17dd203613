package org.strategyatlas.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.strategyatlas.phrases.ParsedPhrase;
import org.strategyatlas.phrases.PhraseException;

/**
 * Asks the phrase parser about spans of one clause that start at a given token and end ever further right of a
 * number, and finds the core of the amount: the last token that still changed what the span states (a scale word,
 * a currency, a second bound). Words after the core only grow the counted noun and are left to the caller.
 */
final class SpanScan {

    /** After the core, this many tokens that change nothing end the scan: no amount word comes that late. */
    private static final int QUIET_TOKENS = 3;

    /**
     * Refusals that make the number itself not an amount, whatever words are added around it. The parser gives its
     * reasons in words, not codes; if it rewords them, the rule tables of CandidateFinderTest fail.
     */
    private static final List<String> FATAL = List.of("is a percentage", "is an ordinal", "German ordinal",
            "looks like a date", "looks like a time", "looks like a phone number", "reads as a name or code",
            "numbers something");

    /**
     * Refusals of the words before the number, which no word after it can change: the scan from that start ends at
     * once ({@code a réuni 65}: a label; {@code et plus d'un millier}: no number the parser can start from). A Han,
     * kana or Hangul noun before a number would be read as the counted noun once a counter follows (研究者1000人),
     * but the finder never keeps a reading whose noun comes from the left, so it ends the scan too.
     */
    private static final List<String> LEFT_REFUSALS = List.of("before the number makes it a label", "no number in");

    /** What a scan found: the first and core tokens and the reading of the span between them; or why not. */
    record Result(int first, int core, ParsedPhrase reading, boolean fatal) {

        static final Result NONE = new Result(-1, -1, null, false);
        static final Result REFUSED = new Result(-1, -1, null, true);

        boolean found() {
            return reading != null;
        }
    }

    private final Clause clause;

    SpanScan(Clause clause) {
        this.clause = clause;
    }

    /**
     * Scans spans from token {@code first} to each token from {@code anchor} to {@code last}. A refusal that says
     * the number is a percentage, ordinal, date, time or code, met within two tokens of the core, refuses the
     * whole scan ({@code 12 %}, {@code 12 pour cent}); other refusals only skip that end
     * ({@code between €30} before {@code and €50 billion}).
     */
    Result scan(int first, int anchor, int last) {
        ParsedPhrase previous = null;
        ParsedPhrase core = null;
        int coreAt = -1;
        for (int end = anchor; end <= last; end++) {
            try {
                ParsedPhrase reading = clause.parse(first, end);
                if (previous == null || !sameValue(reading, previous)) {
                    core = reading;
                    coreAt = end;
                }
                previous = reading;
            } catch (PhraseException e) {
                if (fatal(e) && end <= Math.max(coreAt, anchor) + 2) {
                    return Result.REFUSED;
                }
                if (first < anchor && coreAt < 0 && leftRefused(e)) {
                    return Result.NONE;
                }
            }
            if (coreAt >= 0 && end - coreAt >= QUIET_TOKENS) {
                break;
            }
        }
        return core == null ? Result.NONE : new Result(first, coreAt, core, false);
    }

    /** The same amount: bounds, unit and qualifier (the counted noun may differ). */
    static boolean sameValue(ParsedPhrase a, ParsedPhrase b) {
        return same(a.low(), b.low()) && same(a.high(), b.high()) && a.unit().equals(b.unit())
                && a.qualifier() == b.qualifier();
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean leftRefused(PhraseException e) {
        String reason = Objects.requireNonNullElse(e.reason(), "");
        return LEFT_REFUSALS.stream().anyMatch(reason::contains);
    }

    private static boolean fatal(PhraseException e) {
        String reason = Objects.requireNonNullElse(e.reason(), "");
        return FATAL.stream().anyMatch(reason::contains);
    }
}
