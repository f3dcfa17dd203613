package org.strategyatlas.extract;

import java.math.BigDecimal;
import org.strategyatlas.model.Qualifier;
import org.strategyatlas.phrases.ParsedPhrase;

/**
 * Turns the core of an amount into the quote of a figure: a count gets its counted noun ({@code 2 millions de
 * personnes}, {@code 65 名参与者}, {@code new centres}); a duration ({@code deux ans}, {@code 3个月}), a day of a
 * month ({@code 3 de marzo}) or a bare number is dropped; words that change nothing are trimmed from the start
 * ({@code de 109 milliards d'euros}: {@code 109 milliards d'euros}) and Korean particles from the end
 * ({@code 65조 원을}: {@code 65조 원}).
 */
final class QuoteBuilder {

    private static final String CJK_COUNTERS = "名个個位家条條项項所座台人件款社校";
    private static final int DROP = -2;

    private final Clause clause;

    QuoteBuilder(Clause clause) {
        this.clause = clause;
    }

    /** The figure for a scan result, its noun looked for up to token {@code last}; null if it is not a figure. */
    Found build(SpanScan.Result result, int last) {
        int end = result.core();
        ParsedPhrase reading = result.reading();
        if (!reading.isMoney()) {
            int nounEnd = nounEnd(result.core(), last);
            if (nounEnd == DROP) {
                return null;
            }
            ParsedPhrase withNoun = nounEnd > end ? tryParse(result.first(), nounEnd) : null;
            if (withNoun != null && SpanScan.sameValue(withNoun, reading)) {
                end = nounEnd;
                reading = withNoun;
            }
            if (reading.qualifier() == Qualifier.EXACT && reading.scale().compareTo(BigDecimal.ONE) == 0
                    && reading.noun().isBlank()) {
                return null;
            }
        }
        int first = result.first();
        while (first < end && FigureRules.neutralLead(clause.text(first))) {
            ParsedPhrase trimmed = tryParse(first + 1, end);
            if (trimmed == null || !SpanScan.sameValue(trimmed, reading) || !trimmed.noun().equals(reading.noun())) {
                break;
            }
            first++;
        }
        return withoutParticle(new Found(clause.token(first).start(), clause.token(end).end(), reading),
                clause.token(end));
    }

    /**
     * The last token of the counted noun after the core: a CJK counter and a known noun after it, or a word after
     * connectors ({@code de}, {@code of}); the core itself if there is none; {@link #DROP} when the number counts
     * time ({@code deux ans}, {@code 2 min}, {@code 3个月}) or is a day of a month ({@code 3 de marzo}).
     */
    private int nounEnd(int core, int last) {
        int j = core + 1;
        if (j > last) {
            return core;
        }
        if (clause.is(j, Token.Kind.CJK)) {
            return cjkNounEnd(core, last);
        }
        while (j < last && clause.is(j, Token.Kind.WORD) && FigureRules.connector(clause.text(j))) {
            j++;
        }
        if (!nounWord(j)) {
            return core;
        }
        String word = clause.text(j);
        return FigureRules.timeUnit(word) || FigureRules.month(word) ? DROP : nounPhraseEnd(j, last);
    }

    private int cjkNounEnd(int core, int last) {
        String s = clause.sentence();
        Token next = clause.token(core + 1);
        if (FigureRules.cjkTime(s, next.start())) {
            return DROP;
        }
        int end = core;
        int at = next.start();
        if (CJK_COUNTERS.indexOf(s.charAt(at)) >= 0) {
            if (FigureRules.cjkTime(s, next.end())) {
                return DROP;
            }
            end = core + 1;
            at = next.end();
        }
        int length = FigureRules.cjkNounLength(s, at);
        if (length == 0 && at < s.length() && "的の".indexOf(s.charAt(at)) >= 0) {
            int linked = FigureRules.cjkNounLength(s, at + 1);
            length = linked > 0 ? linked + 1 : 0; // 1,000人以上の研究者
        }
        while (length > 0 && end + 1 <= last && clause.token(end + 1).end() <= at + length) {
            end++;
        }
        return end;
    }

    private boolean nounWord(int j) {
        return clause.is(j, Token.Kind.WORD) && !FigureRules.functionWord(clause.text(j)) && !clause.anchor(j);
    }

    /**
     * English and German put adjectives before the noun: up to three words, to the first plural in English
     * ({@code new centres}, {@code AI gigafactories}) or the first capitalised word in German
     * ({@code zusätzliche KI-Professuren}); if there is none, the first word. Other languages put the noun first.
     */
    private int nounPhraseEnd(int j, int last) {
        String language = clause.language();
        boolean english = language == null || "en".equals(language);
        if (!english && !"de".equals(language)) {
            return j;
        }
        for (int k = j; k <= last && k < j + 3 && nounWord(k); k++) {
            String word = clause.text(k);
            if (english ? word.endsWith("s") && word.length() > 2 : Character.isUpperCase(word.charAt(0))) {
                return k;
            }
        }
        return j;
    }

    /** The figure without a Korean particle glued to its last word, when the shorter quote reads the same. */
    private Found withoutParticle(Found found, Token last) {
        String s = clause.sentence();
        if (!last.is(Token.Kind.WORD) || !Tokenizer.hangul(s.charAt(last.start()))) {
            return found;
        }
        Found best = found;
        for (int cut = last.end() - 1; cut > last.start() && last.end() - cut <= 2; cut--) {
            ParsedPhrase shorter = clause.tryParse(found.start(), cut);
            if (shorter == null) {
                break;
            }
            if (SpanScan.sameValue(shorter, found.phrase()) && (shorter.isMoney() || !shorter.noun().isBlank())) {
                best = new Found(found.start(), cut, shorter);
            }
        }
        return best;
    }

    private ParsedPhrase tryParse(int first, int last) {
        return clause.tryParse(clause.token(first).start(), clause.token(last).end());
    }
}
