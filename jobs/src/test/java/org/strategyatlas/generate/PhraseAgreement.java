package org.strategyatlas.generate;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Qualifier;
import org.strategyatlas.phrases.ParsedPhrase;

/**
 * Whether a phrase's reading agrees with its row, by the rules data/README.md states for ingest: equal bounds,
 * unit and qualifier, except that a bare {@code $} may be the row's dollar, a phrase naming no currency takes the
 * row's, and a row may mark an exact-looking phrase approx. Written from the README, not copied from ingest.
 */
final class PhraseAgreement {

    private static final Pattern BARE_DOLLAR = Pattern.compile("(?<![A-Za-z])\\$|(?i)\\bdollars?\\b");

    private PhraseAgreement() {
    }

    /** Null when {@code read} agrees with {@code row}, otherwise what differs. */
    static String difference(Figure row, ParsedPhrase read) {
        if (!unitAgrees(row, read)) {
            return "unit " + read.unit() + " (noun '" + read.noun() + "') vs " + row.unit();
        }
        if (!same(row.low(), read.low()) || !same(row.high(), read.high())) {
            return "bounds " + read.low() + ".." + read.high() + " vs " + row.low() + ".." + row.high();
        }
        boolean approxOfExact = row.qualifier() == Qualifier.APPROX && read.qualifier() == Qualifier.EXACT;
        if (row.qualifier() != read.qualifier() && !approxOfExact) {
            return "qualifier " + read.qualifier() + " vs " + row.qualifier();
        }
        return null;
    }

    private static boolean unitAgrees(Figure row, ParsedPhrase read) {
        if (read.unit().equals(row.unit())) {
            return true;
        }
        if (row.isCount()) {
            return false;
        }
        boolean namesNoCurrency = !read.isMoney() && read.noun().isEmpty();
        boolean bareDollar = read.unit().equals("USD") && row.unit().endsWith("D")
                && BARE_DOLLAR.matcher(row.asStated()).find()
                && !row.asStated().toUpperCase(Locale.ROOT).contains("US");
        return namesNoCurrency || bareDollar;
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
