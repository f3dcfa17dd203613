package org.strategyatlas.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.strategyatlas.phrases.ParsedPhrase;

/**
 * Guesses the metric of a figure (the codes of data/metrics.csv): {@code investment} for money; for a count, the
 * metric whose keyword is the counted noun ({@code 65 délégués}: participants; {@code 20 idées}: proposals), or else
 * the first keyword in the rest of the clause ({@code 20 条旨在……的建议}: proposals). People counted where the
 * sentence speaks of training or learning are {@code people_trained} ({@code plus de 2 millions de personnes ont eu
 * accès à des ressources d'apprentissage}). No keyword, no guess (an empty metric).
 *
 * <p>Latin keywords are word beginnings ({@code chercheu} matches chercheurs and chercheuses), a few of two words
 * ({@code member state}); Han, kana and Hangul keywords match anywhere. Where keywords overlap the earliest, then
 * the longest, wins ({@code 初创企业}: startups; {@code member states}: countries, {@code members}: organisations).
 */
final class MetricGuesser {

    static final String INVESTMENT = "investment";
    static final String PEOPLE_TRAINED = "people_trained";
    private static final String PEOPLE = "people";

    private static final Map<String, String> KEYWORDS = keywords(
            "participants", "participant attendee delegate representative délégué teilnehm delegiert "
                    + "asistente delegado partecipant delegat participante 参与者 参会者 参加者 代表 참가자 참석자",
            "proposals", "proposal idea ideas recommendation proposition idée recommandation vorschl idee empfehlung "
                    + "propuesta recomendaci propost raccomandazion ideia recomenda 建议 提案 提议 提言 建議 제안 권고",
            PEOPLE_TRAINED, "trainee graduate formé formée geschult ausgebildet formado formati treinado capacitado "
                    + "受训 研修生",
            "researchers", "researcher scientist chercheu scientifique forscher forschende wissenschaftler "
                    + "investigador científico ricercator scienziat pesquisador 研究人员 研究者 研究员 科学家 연구자 연구원",
            "sites", "site location emplacement standort sitio emplazamiento siti locai 地点 场址 选址 拠点 부지",
            "leaders", "leader head dirigeant chef staatschef líder dirigente 领导人 首脑 首脳 정상 지도자",
            "countries", "member_state état_membre états_membres mitgliedstaat estado_miembro estados_miembros "
                    + "stati_membri estados-membros countr nations pays état staat länder país paes nazion 国家 个国 "
                    + "か国 カ国 개국 국가",
            "gpus", "gpu chip puce processeur 芯片 图形处理器 칩",
            "jobs", "job emploi poste arbeitspl empleo puestos posti emprego 岗位 就业 雇用 일자리",
            "organisations", "organisation organization institution member compan partner entreprise membre "
                    + "partenaire organisationen institutionen unternehmen mitglied organizaci instituci empresa "
                    + "organizzazion istituzion aziend impres organizaç instituiç 机构 组织 企业 公司 機関 団体 企業 기관 기업",
            "startups", "startup start-up jeunes-pousses 初创 スタートアップ 스타트업",
            "unicorns", "unicorn licorne einhörn unicornio unicórnio 独角兽 ユニコーン 유니콘",
            "institutes", "institute institut instituto istitut 研究所 研究院 연구소",
            "ai_gigafactories", "gigafactor gigafabrik",
            "ai_factories", "factories usines fabriken",
            "professorships", "professorship professur",
            "research_chairs", "chair chaire cátedra cattedr",
            "ai_talent", "talent 人才 인재",
            "signatories", "signator signataire unterzeichner firmante firmatari signatári 签署",
            PEOPLE, "people person personne individu individual citizen citoyen worker travailleur student étudiant "
                    + "menschen personen bürger persona pessoa cidad 人 人员 人々 명 사람");

    /** Words that say a count of people is a count of people trained or reached by training. */
    private static final List<String> TRAINING = List.of("train", "skill", "learn", "upskill", "reskill", "course",
            "academy", "formé", "formation", "apprentissage", "compétence", "académie", "geschult", "ausgebildet",
            "weiterbild", "schulung", "kompetenz", "capacita", "formaci", "formazion", "formad", "treina", "aprendiz",
            "培训", "学习", "技能", "研修", "교육", "훈련");

    private MetricGuesser() {
    }

    /** The metric code of {@code phrase}, quoted in {@code sentence} up to {@code quoteEnd}; "" if no guess. */
    static String guess(ParsedPhrase phrase, String sentence, int quoteEnd) {
        if (phrase.isMoney()) {
            return INVESTMENT;
        }
        String metric = first(phrase.noun(), true);
        if (metric == null) {
            // people words after the quote are too common (人工智能) to say what the count is of
            metric = first(clauseAfter(sentence, quoteEnd), false);
        }
        if (PEOPLE.equals(metric)) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            return TRAINING.stream().anyMatch(lower::contains) ? PEOPLE_TRAINED : "";
        }
        return metric == null ? "" : metric;
    }

    /** The metric of the earliest (then longest) keyword in {@code text}, or null; people words if asked. */
    static String first(String text, boolean people) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (int i = 0; i < lower.length(); i++) {
            boolean wordStart = i == 0 || !Character.isLetter(lower.charAt(i - 1)) || !latin(lower.charAt(i));
            if (!wordStart) {
                continue;
            }
            String best = null;
            for (String keyword : KEYWORDS.keySet()) {
                if ((best == null || keyword.length() > best.length()) && lower.startsWith(keyword, i)) {
                    best = keyword;
                }
            }
            if (best != null && (people || !PEOPLE.equals(KEYWORDS.get(best)))) {
                return KEYWORDS.get(best);
            }
        }
        return null;
    }

    /** The text after the quote up to the end of its clause, at most 60 characters. */
    private static String clauseAfter(String sentence, int from) {
        int end = from;
        while (end < sentence.length() && end - from < 60 && ",;:()。，；：（）—".indexOf(sentence.charAt(end)) < 0) {
            end++;
        }
        return sentence.substring(from, end);
    }

    private static boolean latin(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    private static Map<String, String> keywords(String... metricAndWords) {
        Map<String, String> keywords = new LinkedHashMap<>();
        for (int i = 0; i < metricAndWords.length; i += 2) {
            for (String word : metricAndWords[i + 1].split(" ")) {
                keywords.putIfAbsent(word.replace('_', ' '), metricAndWords[i]); // member_state: "member state"
            }
        }
        return Map.copyOf(keywords);
    }
}
