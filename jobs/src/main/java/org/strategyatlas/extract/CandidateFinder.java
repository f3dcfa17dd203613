package org.strategyatlas.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the money and count figures of one sentence. At each number ({@link NumberAnchors}) it proposes spans
 * inside the clause: up to {@value #MAX_LEFT} tokens to the left for qualifiers and currencies ({@code plus d'},
 * {@code more than}, {@code €}, {@code US$}; never another number), tried longest first, and up to
 * {@value #MAX_RIGHT} tokens to the right for scale words, currencies and second bounds, read by {@link SpanScan}.
 * The first span the parser reads is kept, and {@link QuoteBuilder} adds the counted noun. Figures do not overlap;
 * {@link FigureRules} says which numbers are dates, durations, labels or references instead.
 *
 * <p>A bare number, with nothing that says what it counts (no noun, counter, scale, currency or qualifier), is not a
 * candidate: in prose it is most often a label, a reference or part of a name ({@code (Proposal 1)}). Nor is a
 * number the parser reads only without the capitalised word before it ({@code Windows 11 users}), except at the
 * start of a clause and in German, which capitalises every noun.
 */
final class CandidateFinder {

    static final int MAX_LEFT = 4;
    static final int MAX_RIGHT = 8;

    private static final Pattern YEAR = Pattern.compile("(19\\d\\d|20\\d\\d|2100)");

    private final Clause clause;
    private final SpanScan scan;
    private final QuoteBuilder quotes;

    private CandidateFinder(Clause clause) {
        this.clause = clause;
        this.scan = new SpanScan(clause);
        this.quotes = new QuoteBuilder(clause);
    }

    /** The figures of {@code sentence}, read as {@code language} (a BCP 47 tag, or null if unknown), in order. */
    static List<Found> find(String sentence, String language) {
        return new CandidateFinder(new Clause(sentence, language)).all();
    }

    private List<Found> all() {
        List<Found> found = new ArrayList<>();
        int free = 0;
        for (int i = 0; i < clause.size(); i++) {
            if (i < free || !clause.anchor(i)) {
                continue;
            }
            Found figure = figureAt(i, free);
            if (figure != null) {
                found.add(figure);
                while (free < clause.size() && clause.token(free).start() < figure.end()) {
                    free++;
                }
            }
        }
        return found;
    }

    /** The figure whose number is token {@code a}, using no token before {@code free}; null if none. */
    private Found figureAt(int a, int free) {
        int clauseStart = clause.clauseStart(a);
        int last = a;
        while (last + 1 < clause.size() && last + 1 <= a + MAX_RIGHT && !clause.is(last + 1, Token.Kind.BREAK)) {
            last++;
        }
        if (notAFigure(a, clauseStart)) {
            return null;
        }
        SpanScan.Result own = scan.scan(a, a, last);
        if (own.fatal()) {
            return null;
        }
        SpanScan.Result best = widest(a, Math.max(free, clauseStart), last);
        if (best == null && own.found() && !nameBefore(a, clauseStart)) {
            best = own;
        }
        return best == null || yearBeforeCurrency(own, a) ? null : quotes.build(best, last);
    }

    /**
     * The longest reading that starts before the number (a qualifier, a currency, an opener), from no earlier than
     * token {@code from} and never through another number; null if none.
     */
    private SpanScan.Result widest(int a, int from, int last) {
        int leftmost = a;
        while (leftmost > from && a - leftmost < MAX_LEFT && !clause.anchor(leftmost - 1)) {
            leftmost--;
        }
        if (leftmost == a) {
            return null;
        }
        SpanScan.Result next = scan.scan(a - 1, a, last);
        if (!next.found() && clause.is(a - 1, Token.Kind.WORD) && !FigureRules.leadTail(clause.text(a - 1))) {
            return null; // "a réuni 65": no lead ends with "réuni", so no wider span can read
        }
        for (int first = leftmost; first < a; first++) {
            SpanScan.Result wider = first == a - 1 ? next : scan.scan(first, a, last);
            if (wider.found() && !nounFromLeft(wider, a)) {
                return wider;
            }
        }
        return null;
    }

    /** {@code constant 2023 USD}: a year before a currency names the unit's base year, it states no amount. */
    private boolean yearBeforeCurrency(SpanScan.Result own, int a) {
        return own.found() && own.reading().isMoney()
                && own.reading().scale().compareTo(BigDecimal.ONE) == 0
                && YEAR.matcher(clause.text(a)).matches();
    }

    /**
     * Numbers in web addresses, dates, the rest of a number already read ({@code 28} in {@code 2025-07-28}), a
     * cardinal after a definite article, a number after a label word.
     */
    private boolean notAFigure(int a, int clauseStart) {
        if (inWebAddress(a)) {
            return true;
        }
        if (clause.is(a, Token.Kind.NUMBER) && a >= 2 && clause.is(a - 1, Token.Kind.SYMBOL)
                && clause.is(a - 2, Token.Kind.NUMBER) && clause.token(a - 1).start() == clause.token(a - 2).end()
                && clause.token(a).start() == clause.token(a - 1).end()) {
            return true;
        }
        if (clause.is(a, Token.Kind.NUMBER) && (dayOfMonthAfter(a)
                || a > 0 && clause.is(a - 1, Token.Kind.WORD) && FigureRules.month(clause.text(a - 1)))) {
            return true;
        }
        if (clause.is(a, Token.Kind.WORD) && NumberAnchors.cardinal(clause.text(a), clause.language())
                && a > clauseStart && FigureRules.definiteArticle(clause.text(a - 1))) {
            return true;
        }
        return a > clauseStart && FigureRules.label(wordBefore(a));
    }

    /** A number in a web address ({@code https://…/35-billion-boost}) is part of a name. */
    private boolean inWebAddress(int a) {
        String s = clause.sentence();
        int start = clause.token(a).start();
        int end = clause.token(a).end();
        while (start > 0 && !Tokenizer.space(s.charAt(start - 1))) {
            start--;
        }
        while (end < s.length() && !Tokenizer.space(s.charAt(end))) {
            end++;
        }
        String chunk = s.substring(start, end);
        return chunk.contains("://") || chunk.startsWith("www.");
    }

    /** {@code 10 février}, {@code 10 et 11 février}, {@code 1er au 3 mars}, {@code 10 févr.}. */
    private boolean dayOfMonthAfter(int a) {
        int j = a + 1;
        if (j + 1 < clause.size() && FigureRules.dayJoiner(clause.text(j)) && clause.is(j + 1, Token.Kind.NUMBER)) {
            j += 2;
        }
        return j < clause.size() && clause.is(j, Token.Kind.WORD) && FigureRules.month(clause.text(j));
    }

    /** A capitalised word right before a number the parser read only alone: a name and version. */
    private boolean nameBefore(int a, int clauseStart) {
        if (a - 1 <= clauseStart || "de".equals(clause.language()) || !clause.is(a - 1, Token.Kind.WORD)) {
            return false;
        }
        return Character.isUpperCase(clause.sentence().charAt(clause.token(a - 1).start()));
    }

    /** The wider span read the words before the number as its noun (汇集了 20 条): they are not part of it. */
    private boolean nounFromLeft(SpanScan.Result result, int a) {
        String noun = result.reading().noun().strip();
        return !noun.isEmpty() && clause.sentence().substring(clause.token(result.first()).start(),
                clause.token(a).start()).contains(noun);
    }

    /** The word or CJK characters right before token {@code a} ({@code Proposal}, {@code n°}, {@code 建议}). */
    private String wordBefore(int a) {
        int j = a - 1;
        boolean cjk = clause.is(j, Token.Kind.CJK);
        while (j > 0 && a - j < (cjk ? 4 : MAX_LEFT) && !clause.is(j - 1, Token.Kind.BREAK)
                && clause.token(j - 1).end() == clause.token(j).start()
                && (!cjk || clause.is(j - 1, Token.Kind.CJK))) {
            j--;
        }
        return clause.sentence().substring(clause.token(j).start(), clause.token(a - 1).end());
    }
}
