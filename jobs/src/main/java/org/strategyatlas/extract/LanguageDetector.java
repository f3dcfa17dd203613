package org.strategyatlas.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells the language of a text, well enough to read its numbers: by script for Chinese, Japanese and Korean (kana
 * means Japanese, Hangul Korean, Han alone Chinese), and by counting common function words for English, French,
 * German, Spanish, Italian and Portuguese. A text with too little evidence has no language (null).
 *
 * <p>{@link #lines} decides per line: a line with enough evidence of its own keeps its language, others take the
 * document's, so a document that is Chinese and then English (a translation followed by its original) is read line
 * by line in the right language.
 */
final class LanguageDetector {

    /**
     * Function words of each language, several shared: only their counts together decide. Italian "ai" is left out:
     * in texts about AI it is mostly the acronym, in any case.
     */
    private static final Map<String, Set<String>> STOP_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "are", "was", "were", "with", "for", "that", "this",
                    "by", "from", "on", "as", "be", "has", "have", "it", "its", "which", "will", "an", "at", "or",
                    "not", "their", "our", "we", "they", "a", "no", "do", "so", "can", "than", "into", "also"),
            "fr", Set.of("le", "la", "les", "des", "du", "de", "et", "est", "une", "un", "dans", "pour", "par", "sur",
                    "avec", "que", "qui", "aux", "au", "ont", "sont", "ce", "cette", "ces", "il", "elle", "leur",
                    "plus", "pas", "à", "d", "l", "s", "qu"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "von", "den", "dem", "ein", "eine",
                    "einer", "für", "auf", "im", "zu", "sich", "auch", "wird", "werden", "sind", "bei", "aus", "nach",
                    "wie", "des"),
            "es", Set.of("el", "la", "los", "las", "de", "del", "y", "en", "que", "es", "con", "por", "para", "una",
                    "un", "se", "su", "sus", "al", "como", "más", "pero", "está", "son", "lo"),
            "it", Set.of("il", "lo", "la", "gli", "le", "di", "del", "della", "e", "è", "che", "per", "con", "un",
                    "una", "sono", "nel", "nella", "non", "più", "anche", "come", "dei", "delle", "alla"),
            "pt", Set.of("o", "a", "os", "as", "de", "do", "da", "dos", "das", "e", "em", "no", "na", "nos", "nas",
                    "que", "para", "com", "um", "uma", "por", "não", "mais", "ao", "é", "são"));

    private static final Pattern URL = Pattern.compile("\\S*(://|www\\.)\\S*");

    /** Tie order: the first language with the most hits wins. */
    private static final List<String> ORDER = List.of("en", "fr", "de", "es", "it", "pt");

    /** Hits a line needs, and the lead it needs over the runner-up, to keep a language of its own. */
    private static final int LINE_HITS = 2;
    private static final int CJK_CHARS = 2;

    private LanguageDetector() {
    }

    /** The language of {@code text} as a BCP 47 primary tag, or null when it cannot tell. */
    static String detect(CharSequence text) {
        Evidence evidence = Evidence.of(text);
        return evidence.language(1, 1);
    }

    /** The language of each line of {@code lines}: its own when clear, {@code documentLanguage} otherwise. */
    static String[] lines(List<String> lines, String documentLanguage) {
        String[] languages = new String[lines.size()];
        for (int i = 0; i < languages.length; i++) {
            String own = Evidence.of(lines.get(i)).language(LINE_HITS, CJK_CHARS);
            languages[i] = own != null ? own : documentLanguage;
        }
        return languages;
    }

    /** Counts of characters by script and of function words by language. */
    private record Evidence(int han, int kana, int hangul, int latinLetters, int[] hits) {

        static Evidence of(CharSequence raw) {
            // the words of a web address (multiplayer.it/notizie/un-piano-per) say nothing of the text's language
            CharSequence text = raw.toString().indexOf('/') < 0 ? raw : URL.matcher(raw).replaceAll(" ");
            int han = 0;
            int kana = 0;
            int hangul = 0;
            int latin = 0;
            int[] hits = new int[ORDER.size()];
            StringBuilder word = new StringBuilder();
            int capitals = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                Character.UnicodeScript script = Character.UnicodeScript.of(c);
                if (Character.isLetter(c) && script == Character.UnicodeScript.LATIN) {
                    latin++;
                    capitals += Character.isUpperCase(c) ? 1 : 0;
                    word.append(Character.toLowerCase(c));
                    continue;
                }
                if (word.length() > 0 && capitals < 2) { // acronyms (EU, UE, IA) are no function words
                    count(word.toString(), hits);
                }
                word.setLength(0);
                capitals = 0;
                if (script == Character.UnicodeScript.HAN) {
                    han++;
                } else if (script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA) {
                    kana++;
                } else if (script == Character.UnicodeScript.HANGUL) {
                    hangul++;
                }
            }
            return new Evidence(han, kana, hangul, latin, hits);
        }

        private static void count(String word, int[] hits) {
            for (int l = 0; l < ORDER.size(); l++) {
                if (STOP_WORDS.get(ORDER.get(l)).contains(word)) {
                    hits[l]++;
                }
            }
        }

        /**
         * CJK when CJK characters are at least a third as many as Latin letters (a Han character is about a word,
         * a Latin word about five letters); otherwise the language with the most function words, if it has at
         * least {@code minHits} and leads every other.
         */
        String language(int minHits, int minCjk) {
            int cjk = han + kana + hangul;
            if (cjk >= minCjk && cjk * 3 >= latinLetters) {
                if (hangul > han + kana) {
                    return "ko";
                }
                return kana * 20 >= cjk ? "ja" : "zh";
            }
            int best = -1;
            int second = 0;
            for (int l = 0; l < hits.length; l++) {
                if (best < 0 || hits[l] > hits[best]) {
                    if (best >= 0) {
                        second = Math.max(second, hits[best]);
                    }
                    best = l;
                } else {
                    second = Math.max(second, hits[l]);
                }
            }
            return hits[best] >= minHits && hits[best] > second ? ORDER.get(best) : null;
        }
    }
}
