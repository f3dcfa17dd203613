package org.strategyatlas.extract;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A money or count figure found in a document, with where it is, what it says and what is around it: one row of
 * the extraction CSV.
 *
 * @param document      the document's name (its path below the folder that was scanned)
 * @param line          1-based line of the decoded text (for HTML, of the text with tags removed)
 * @param offset        0-based offset of the quote's first character from the start of the decoded text, in
 *                      Unicode code points (a byte-order mark is not counted)
 * @param quote         the figure exactly as written
 * @param low           lower bound, null for "up to"
 * @param high          upper bound, null for "more than"
 * @param unit          ISO 4217 code, or {@code count}
 * @param noun          what a count counts as written ({@code délégués}); empty for money
 * @param qualifier     exact, approx, at_least, at_most or range
 * @param language      BCP 47 tag of the language the line was read in, empty if unknown
 * @param metric        the metric guessed (codes of data/metrics.csv), empty if no guess
 * @param jurisdictions codes of the jurisdictions named in the sentence, sorted
 * @param attributes    taxonomy attributes whose synonyms occur in the sentence, sorted
 * @param sentence      the sentence the figure is in
 */
public record Candidate(String document, int line, long offset, String quote, BigDecimal low, BigDecimal high,
                        String unit, String noun, String qualifier, String language, String metric,
                        List<String> jurisdictions, List<String> attributes, String sentence) {

    /** The CSV columns, in order. */
    public static final List<String> HEADER = List.of("document", "line", "offset", "quote", "low", "high", "unit",
            "noun", "qualifier", "language", "metric", "jurisdictions", "attributes", "sentence");

    /** Separates codes within the jurisdictions and attributes cells. */
    public static final String LIST_SEPARATOR = ";";

    public Candidate {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(quote, "quote");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(noun, "noun");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(sentence, "sentence");
        jurisdictions = List.copyOf(jurisdictions);
        attributes = List.copyOf(attributes);
        if (line < 1 || offset < 0) {
            throw new IllegalArgumentException("line is 1-based and offset 0-based, got line " + line + ", offset "
                    + offset);
        }
        if (low == null && high == null) {
            throw new IllegalArgumentException("a figure has at least one bound: " + quote);
        }
    }

    /** The row's cells in {@link #HEADER} order, for a CSV writer (decimals stay BigDecimal). */
    public List<Object> cells() {
        return Arrays.asList(document, line, offset, quote, low, high, unit, noun, qualifier, language, metric,
                String.join(LIST_SEPARATOR, jurisdictions), String.join(LIST_SEPARATOR, attributes), sentence);
    }
}
