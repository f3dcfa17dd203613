package org.strategyatlas.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What each count metric counts, in each language: a plural noun in the Latin-script languages
 * ({@code 1,200 researchers}, {@code 1 200 chercheurs}) and a counter with a noun in Chinese, Japanese and
 * Korean ({@code 1,200 名研究人员}, {@code 1,200人の研究者}, {@code 1,200명의 연구자}). No noun starts with a
 * word the parser would read as a currency, a qualifier or a date.
 */
final class CountNouns {

    /** A CJK counter (may be empty) and noun (may be empty when the counter says it all: {@code 200万人}). */
    record Cjk(String counter, String noun) {
    }

    /** One metric's words: en, fr, de, es, it, pt, then zh, ja, ko. */
    private record Words(List<String> latin, List<Cjk> cjk) {
    }

    private static final Map<String, Words> WORDS = Map.ofEntries(
            entry("participants", "participants|participants|Teilnehmer|participantes|partecipanti|participantes",
                    "名:参与者|人:参加者|명:참가자"),
            entry("proposals", "proposals|propositions|Vorschläge|propuestas|proposte|propostas",
                    "条:建议|件:提案|건:제안"),
            entry("people_trained", "people trained|personnes formées|geschulte Personen|personas formadas"
                    + "|persone formate|pessoas capacitadas", "人:|人:|명:"),
            entry("researchers", "researchers|chercheurs|Forscher|investigadores|ricercatori|pesquisadores",
                    "名:研究人员|人:研究者|명:연구자"),
            entry("sites", "sites|sites|Standorte|emplazamientos|siti|locais", "个:站点|拠点:|곳:부지"),
            entry("leaders", "leaders|dirigeants|Spitzenpolitiker|líderes|leader|líderes", "位:领导人|人:首脳|명:정상"),
            entry("signatories", "signatories|signataires|Unterzeichner|firmantes|firmatari|signatários",
                    "个:签署方|:署名国|개:서명국"),
            entry("gpus", "GPUs|GPU|GPUs|GPU|GPU|GPUs", "块:GPU|台:GPU|대:GPU"),
            entry("jobs", "jobs|emplois|Arbeitsplätze|empleos|posti di lavoro|empregos", "个:就业岗位|人:雇用|개:일자리"),
            entry("organisations", "organisations|organisations|Organisationen|organizaciones|organizzazioni"
                    + "|organizações", "家:机构|団体:|곳:기관"),
            entry("countries", "countries|pays|Länder|países|paesi|países", "个:国家|か国:|개국:"),
            entry("ai_factories", "AI factories|usines d’IA|KI-Fabriken|fábricas de IA|fabbriche di IA"
                    + "|fábricas de IA", "座:人工智能工厂|か所:AIファクトリー|곳:AI 팩토리"),
            entry("ai_gigafactories", "AI gigafactories|gigafactories d’IA|KI-Gigafabriken|gigafactorías de IA"
                    + "|gigafactory di IA|gigafábricas de IA", "座:人工智能超级工厂|か所:AIギガファクトリー|곳:AI 기가팩토리"),
            entry("professorships", "professorships|postes de professeur|Professuren|cátedras|cattedre|cátedras",
                    "个:教授职位|:教授職|개:교수직"),
            entry("startups", "start-ups|start-up|Start-ups|startups|startup|startups",
                    "家:初创企业|社:スタートアップ|개:스타트업"),
            entry("unicorns", "unicorns|licornes|Einhörner|unicornios|unicorni|unicórnios",
                    "家:独角兽企业|社:ユニコーン企業|개:유니콘 기업"),
            entry("institutes", "research institutes|instituts de recherche|Forschungsinstitute"
                    + "|institutos de investigación|istituti di ricerca|institutos de pesquisa",
                    "所:研究院|か所:研究所|개:연구소"),
            entry("research_chairs", "research chairs|chaires de recherche|Lehrstühle|cátedras de investigación"
                    + "|cattedre di ricerca|cátedras de pesquisa", "个:讲席|:講座|개:석좌"),
            entry("ai_talent", "AI talents|talents en IA|KI-Fachkräfte|talentos en IA|talenti dell’IA"
                    + "|talentos em IA", "名:人工智能人才|人:AI人材|명:AI 인재"));

    /**
     * The counters the parser knows as counters: after one, a qualifier ({@code 以上}, {@code 이상}) is read; before
     * one, a Korean noun may come first ({@code 연구자 1,200명}). Others ({@code か所}, {@code 개국}) read as nouns.
     */
    private static final Set<String> KNOWN_COUNTERS = Set.of("名", "个", "位", "家", "条", "所", "座", "台", "人",
            "件", "社", "拠点", "団体", "명", "개", "곳", "건", "대");

    private CountNouns() {
    }

    private static Map.Entry<String, Words> entry(String metric, String latin, String cjk) {
        List<Cjk> counters = Arrays.stream(cjk.split("\\|")).map(s -> {
            String[] parts = s.split(":", -1);
            return new Cjk(parts[0], parts[1]);
        }).toList();
        return Map.entry(metric, new Words(List.of(latin.split("\\|")), counters));
    }

    /** The count metrics that have words in every language. */
    static Set<String> metrics() {
        return WORDS.keySet();
    }

    static boolean knows(String metric) {
        return WORDS.containsKey(metric);
    }

    /** The plural noun of {@code metric} in a Latin-script language. */
    static String latin(String metric, Lang lang) {
        return words(metric).latin().get(lang.ordinal());
    }

    /** The counter and noun of {@code metric} in Chinese, Japanese or Korean. */
    static Cjk cjk(String metric, Lang lang) {
        return words(metric).cjk().get(lang.ordinal() - Lang.ZH.ordinal());
    }

    /** Whether the parser reads {@code counter} as a counter, so that a qualifier may follow it. */
    static boolean knownCounter(String counter) {
        return KNOWN_COUNTERS.contains(counter);
    }

    /**
     * Whether a Korean noun may come before the number ({@code 연구자 1,200명}): Hangul only, with a known counter,
     * and not starting with 제, which would make the number an ordinal ({@code 제3}).
     */
    static boolean nounFirst(Cjk words) {
        String noun = words.noun();
        return !noun.isEmpty() && knownCounter(words.counter()) && noun.charAt(0) != '제'
                && noun.chars().allMatch(c -> c == ' '
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL);
    }

    private static Words words(String metric) {
        Words words = WORDS.get(metric);
        if (words == null) {
            throw new IllegalArgumentException("no words for count metric '" + metric + "'; known: "
                    + new TreeSet<>(WORDS.keySet()));
        }
        return words;
    }
}
