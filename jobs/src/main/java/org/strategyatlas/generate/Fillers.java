package org.strategyatlas.generate;

import java.util.List;
import java.util.Map;

/**
 * Sentences for generated documents, per language: some with a slot ({@code %s}) for an amount of money, some
 * with one for a count, some with none, so that an extractor meets the phrases inside ordinary prose, next to
 * years that are not amounts. Korean sentences mark where a particle follows the phrase ({@code {을}},
 * {@code {이}}); its form depends on the phrase's last sound.
 */
final class Fillers {

    /** A language's sentences with a slot for money, with a slot for a count, and without a slot. */
    record Sentences(List<String> money, List<String> count, List<String> plain) {
    }

    private static final Map<Lang, Sentences> SENTENCES = Map.of(
            Lang.EN, new Sentences(List.of("The government announced %s for the programme.",
                    "According to the ministry, %s will be made available by 2030.",
                    "Officials confirmed that %s had been committed so far.",
                    "Critics noted that %s is modest compared with other countries."),
                    List.of("The programme aims to reach %s by 2030.", "Organisers reported %s.",
                            "So far the initiative counts %s.", "The plan foresees %s over the coming years."),
                    List.of("The strategy was first presented in 2019.", "Further details are expected next year.",
                            "The initiative is coordinated by a new national AI office.",
                            "Several universities and companies take part.")),
            Lang.FR, new Sentences(List.of("Le gouvernement a annoncé %s pour ce programme.",
                    "Selon le ministère, %s seront mobilisés d’ici 2030.", "Au total, %s ont déjà été engagés."),
                    List.of("Le programme vise %s d’ici 2030.", "Les organisateurs ont recensé %s.",
                            "Le plan prévoit %s au cours des prochaines années."),
                    List.of("La stratégie avait été présentée en 2018.", "Les détails seront précisés l’an prochain.",
                            "Plusieurs universités et entreprises y participent.")),
            Lang.DE, new Sentences(List.of("Die Bundesregierung kündigte %s für das Programm an.",
                    "Nach Angaben des Ministeriums sollen bis 2030 %s bereitstehen.", "Bisher wurden %s zugesagt."),
                    List.of("Das Programm soll bis 2030 %s erreichen.", "Die Veranstalter zählten %s.",
                            "Der Plan sieht %s in den kommenden Jahren vor."),
                    List.of("Die Strategie wurde 2018 erstmals vorgestellt.",
                            "Weitere Einzelheiten folgen im nächsten Jahr.",
                            "Beteiligt sind mehrere Hochschulen und Unternehmen.")),
            Lang.ES, new Sentences(List.of("El Gobierno anunció %s para el programa.",
                    "Según el ministerio, se destinarán %s hasta 2030.", "Hasta ahora se han comprometido %s."),
                    List.of("El programa aspira a llegar a %s en 2030.", "Los organizadores contabilizaron %s.",
                            "El plan prevé %s en los próximos años."),
                    List.of("La estrategia se presentó en 2020.", "Los detalles se conocerán el próximo año.",
                            "Participan varias universidades y empresas.")),
            Lang.IT, new Sentences(List.of("Il governo ha annunciato %s per il programma.",
                    "Secondo il ministero, saranno stanziati %s entro il 2030.", "Finora sono stati impegnati %s."),
                    List.of("Il programma punta a raggiungere %s entro il 2030.", "Gli organizzatori hanno contato %s.",
                            "Il piano prevede %s nei prossimi anni."),
                    List.of("La strategia è stata presentata nel 2021.",
                            "Ulteriori dettagli sono attesi il prossimo anno.",
                            "Partecipano diverse università e imprese.")),
            Lang.PT, new Sentences(List.of("O governo anunciou %s para o programa.",
                    "Segundo o ministério, serão destinados %s até 2030.", "Até agora foram comprometidos %s."),
                    List.of("O programa pretende alcançar %s até 2030.", "Os organizadores contabilizaram %s.",
                            "O plano prevê %s nos próximos anos."),
                    List.of("A estratégia foi apresentada em 2021.", "Mais detalhes serão divulgados no próximo ano.",
                            "Participam várias universidades e empresas.")),
            Lang.ZH, new Sentences(List.of("政府宣布为该计划投入%s。", "据主管部门介绍，到2030年将投入%s。", "截至目前，已落实资金%s。"),
                    List.of("该计划的目标是到2030年达到%s。", "据主办方统计，共有%s。", "该规划提出在未来几年内实现%s。"),
                    List.of("该战略于2017年首次发布。", "具体细则将于明年公布。", "多所高校和企业参与其中。")),
            Lang.JA, new Sentences(List.of("政府はこの計画に%sを投じると発表した。", "同省によると、2030年までに%sを確保する。",
                    "これまでに%sが確定した。"),
                    List.of("計画では2030年までに%sを目指す。", "主催者の集計では%sに上った。", "計画では今後数年で%sを見込む。"),
                    List.of("この戦略は2019年に初めて公表された。", "詳細は来年発表される予定だ。", "複数の大学と企業が参加している。")),
            Lang.KO, new Sentences(List.of("정부는 이 사업에 %s{을} 투입한다고 발표했다.", "부처에 따르면 2030년까지 %s{이} 투입된다.",
                    "지금까지 %s{이} 확정됐다."),
                    List.of("이 사업은 2030년까지 %s{을} 목표로 한다.", "주최 측은 %s{을} 집계했다.",
                            "계획은 향후 몇 년간 %s{을} 목표로 한다."),
                    List.of("이 전략은 2019년에 처음 발표됐다.", "세부 내용은 내년에 공개될 예정이다.", "여러 대학과 기업이 참여한다.")));

    private Fillers() {
    }

    static Sentences of(Lang lang) {
        return SENTENCES.get(lang);
    }

    /** What comes between two sentences: nothing in Chinese and Japanese, a space elsewhere. */
    static String separator(Lang lang) {
        return lang == Lang.ZH || lang == Lang.JA ? "" : " ";
    }

    /** Digits and Latin letters whose Korean reading ends in a consonant: 영, 일, 삼, 육, 칠, 팔; 엘, 엠, 엔, 알. */
    private static final String CONSONANT_READINGS = "013678LMNR";

    /**
     * {@code rest} (the template after the slot) with its Korean particle in the form that follows
     * {@code phrase}: 을 and 이 after a final consonant, 를 and 가 after a vowel ({@code 원을}, {@code 달러가};
     * a code or digit as it is read aloud: {@code GPU를}, {@code NGN을}).
     */
    static String afterPhrase(String rest, String phrase) {
        if (!rest.startsWith("{")) {
            return rest;
        }
        char last = phrase.charAt(phrase.length() - 1);
        boolean hangul = last >= '\uAC00' && last <= '\uD7A3';
        boolean vowel = hangul ? (last - '\uAC00') % 28 == 0 : CONSONANT_READINGS.indexOf(last) < 0;
        String particle = rest.substring(1, rest.indexOf('}'));
        String form = particle.equals("을") ? (vowel ? "를" : "을") : vowel ? "가" : "이";
        return form + rest.substring(rest.indexOf('}') + 1);
    }
}
