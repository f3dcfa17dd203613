package org.strategyatlas.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.strategyatlas.phrases.ParsedPhrase;

/**
 * Finds the money and count figures of one document, in any of the parser's nine languages, with their place, the
 * language each line is read in, a metric guess, and the jurisdictions and taxonomy attributes of their sentence.
 * Pure Java: the Spark job applies it to each document; tests call it directly.
 *
 * <p>Documents named {@code *.html} or {@code *.htm} are HTML: tags are removed and character references decoded
 * first ({@link HtmlText}), and line and offset refer to that decoded text, not to the HTML source. Other documents
 * are plain text or Markdown, read as they are. A leading byte-order mark is not part of the text.
 */
public final class Extractor {

    private final JurisdictionMatcher jurisdictions;
    private final AttributeMatcher attributes;

    public Extractor(ExtractLexicons lexicons) {
        this.jurisdictions = new JurisdictionMatcher(lexicons.jurisdictions());
        this.attributes = new AttributeMatcher(lexicons.attributes());
    }

    /** Whether extraction reads documents with this name: {@code .txt}, {@code .md}, {@code .html} ({@code .htm}). */
    public static boolean reads(String documentName) {
        String lower = documentName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md") || html(lower);
    }

    static boolean html(String documentName) {
        String lower = documentName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    /** The text that line and offset refer to: HTML decoded, a byte-order mark removed. */
    public static String decodedText(String documentName, String content) {
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
        return html(documentName) ? HtmlText.text(text) : text;
    }

    /** The figures of the document {@code documentName} whose content is {@code content}, in order of offset. */
    public List<Candidate> extract(String documentName, String content) {
        String text = decodedText(documentName, content);
        String documentLanguage = LanguageDetector.detect(text);
        String[] lineLanguages = LanguageDetector.lines(SentenceSplitter.lines(text), documentLanguage);
        List<Candidate> candidates = new ArrayList<>();
        CodePoints codePoints = new CodePoints(text);
        for (SentenceSplitter.Sentence sentence : SentenceSplitter.split(text)) {
            String language = lineLanguages[sentence.line() - 1];
            String s = sentence.text(text);
            List<Found> found = CandidateFinder.find(s, language);
            if (found.isEmpty()) {
                continue;
            }
            List<String> named = List.copyOf(jurisdictions.codes(s));
            List<String> signalled = List.copyOf(attributes.codes(s));
            for (Found figure : found) {
                ParsedPhrase p = figure.phrase();
                candidates.add(new Candidate(documentName, sentence.line(),
                        codePoints.offset(sentence.start() + figure.start()), figure.quote(s), p.low(), p.high(),
                        p.unit(), p.noun(), p.qualifier().code(), language == null ? "" : language,
                        MetricGuesser.guess(p, s, figure.end()), named, signalled, s));
            }
        }
        return candidates;
    }

    /** Code point offsets of increasing char indexes, counted once through the text. */
    private static final class CodePoints {

        private final String text;
        private int index;
        private long count;

        CodePoints(String text) {
            this.text = text;
        }

        long offset(int charIndex) {
            if (charIndex < index) {
                index = 0;
                count = 0;
            }
            count += text.codePointCount(index, charIndex);
            index = charIndex;
            return count;
        }
    }
}
