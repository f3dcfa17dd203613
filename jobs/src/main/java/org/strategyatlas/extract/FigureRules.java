package org.strategyatlas.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word tables that decide what around a number is not a figure, in English, French, German, Spanish,
 * Italian, Portuguese, Chinese, Japanese and Korean:
 * <ul>
 *   <li>a day of a month ({@code 10 et 11 février}, {@code 10 févr.}, {@code February 10}) is a date;</li>
 *   <li>a number of years, months, days or minutes ({@code il y a deux ans}, {@code 2 min de lecture},
 *       {@code 3个月}) is a duration;</li>
 *   <li>a number after a label word ({@code Proposal 12}, {@code Proposition 12}, {@code 建议 12},
 *       {@code Article 5}, {@code 第3}) numbers something;</li>
 *   <li>a cardinal word after a definite article ({@code les deux géants}, {@code the two countries}) refers back
 *       to things already named.</li>
 * </ul>
 * The phrase parser refuses percentages, ordinals, years and the dates it can see; these rules cover what needs
 * the words around the phrase.
 */
final class FigureRules {

    private static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
            "jul", "aug", "sep", "sept", "oct", "nov", "dec", "janvier", "février", "mars", "avril", "mai", "juin",
            "juillet", "août", "septembre", "octobre", "novembre", "décembre", "janv", "févr", "fév", "avr", "juil",
            "déc", "januar", "februar", "märz", "juni", "juli", "oktober", "dezember", "jän", "enero", "febrero",
            "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre",
            "diciembre", "ene", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre",
            "ottobre", "dicembre", "gen", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro",
            "outubro", "novembro", "dezembro", "fev");

    /** Words that join two days of one month ({@code 10 et 11 février}, {@code 1er au 3 mars}). */
    private static final Set<String> DAY_JOINERS = Set.of("et", "and", "und", "y", "e", "au", "to", "bis", "à",
            "al", "a", "-", "–", "‑", "—");

    private static final Set<String> TIME_UNITS = Set.of("year", "years", "yr", "yrs", "month", "months", "week",
            "weeks", "day", "days", "hour", "hours", "minute", "minutes", "min", "mins", "second", "seconds",
            "decade", "decades", "an", "ans", "année", "années", "mois", "semaine", "semaines", "jour", "jours",
            "heure", "heures", "seconde", "secondes", "décennie", "décennies", "jahr", "jahre", "jahren", "jahres",
            "monat", "monate", "monaten", "woche", "wochen", "tag", "tage", "tagen", "stunde", "stunden",
            "minuten", "jahrzehnt", "jahrzehnte", "año", "años", "mes", "meses", "semana", "semanas", "día", "días",
            "hora", "horas", "minuto", "minutos", "década", "décadas", "anno", "anni", "mese", "mesi", "settimana",
            "settimane", "giorno", "giorni", "ora", "ore", "minuti", "decennio", "decenni", "ano", "anos", "mês",
            "dia", "dias", "년", "개월", "일", "주", "시간", "분", "초", "년간", "일간");

    /** Han and kana durations and date parts after a number or its counter ({@code 3个月}, {@code 5年間}). */
    private static final List<String> CJK_TIME = List.of("个月", "個月", "ヶ月", "か月", "カ月", "年", "月", "日",
            "天", "周", "週", "小时", "小時", "時間", "分钟", "分鐘", "秒", "号");

    private static final Set<String> LABELS = Set.of("proposal", "proposals", "proposition", "propositions",
            "pillar", "article", "articles", "art", "section", "chapter", "phase", "step", "annex", "appendix",
            "measure", "action", "axis", "objective", "goal", "recommendation", "priority", "track", "level", "tier",
            "round", "wave", "lot", "item", "point", "page", "p", "pp", "figure", "fig", "table", "tableau",
            "version", "v", "no", "nr", "n", "num", "núm", "number", "numéro", "numero", "número", "mesure", "axe",
            "objectif", "étape", "chapitre", "annexe", "pilier", "recommandation", "priorité", "volet", "artikel",
            "kapitel", "abschnitt", "punkt", "maßnahme", "säule", "ziel", "stufe", "empfehlung", "vorschlag",
            "artículo", "capítulo", "medida", "eje", "objetivo", "propuesta", "recomendación", "articolo",
            "capitolo", "misura", "asse", "obiettivo", "proposta", "raccomandazione", "artigo", "eixo", "#",
            "n°", "nº", "no.", "nr.", "建议", "提案", "措施", "第", "제", "번");

    private static final Set<String> DEFINITE_ARTICLES = Set.of("the", "these", "those", "both", "les", "aux",
            "des", "ces", "la", "le", "l'", "l’", "die", "der", "den", "dem", "das", "diese", "los", "las", "el",
            "estos", "estas", "gli", "lo", "questi", "queste", "os", "estes");

    /** Words between an amount and its noun: {@code de} in {@code 2 millions de personnes}. */
    private static final Set<String> CONNECTORS = Set.of("de", "d'", "d’", "des", "du", "of", "di", "dei",
            "degli", "delle", "del", "della", "do", "dos", "da", "das", "der", "von");

    /** Words that cannot be what a number counts ({@code 10 and}, {@code 5 pour}). */
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "to", "for", "with", "in", "on", "at",
            "by", "from", "that", "which", "who", "than", "as", "is", "are", "was", "were", "be", "been", "has",
            "have", "had", "will", "would", "per", "each", "et", "ou", "à", "a", "pour", "avec", "en", "dans", "sur",
            "par", "que", "qui", "dont", "ont", "sont", "est", "était", "sera", "und", "oder", "für", "mit", "im",
            "auf", "an", "bei", "zu", "ist", "sind", "war", "wird", "y", "o", "para", "con", "por", "es", "son", "e",
            "su", "che", "è", "sono", "com", "em", "é", "são", "il", "ils", "elles", "we", "they", "it", "our",
            "their", "its", "se", "si", "ne", "not", "pas", "nicht", "no", "over", "under", "vs", "versus", "via",
            "into", "since", "until", "after", "before", "during", "within", "across", "through", "between", "among",
            "total", "more", "less", "then", "also", "only", "just", "already", "still", "but", "if", "when",
            "while", "where", "because", "plus", "minus");

    /**
     * Last words of the parser's multi-word leads ({@code more than}, {@code plus de}, {@code a total of},
     * {@code bis zu}, {@code près de}): only after one of these can a wider span read when the word next to the
     * number alone does not. A shortcut that saves most parser calls; a lead ending otherwise is still read as
     * a single word next to the number.
     */
    private static final Set<String> LEAD_TAILS = Set.of("than", "of", "over", "under", "to", "as", "many", "much",
            "most", "minimum", "maximum", "estimated", "additional", "further", "total", "de", "d'", "d’", "moins",
            "plus", "als", "zu", "menos", "mínimo", "máximo", "di", "a", "à", "massimo", "minimo", "weitere",
            "insgesamt", "un", "une", "an", "one", "ein", "eine", "uno", "una", "um", "uma", "several", "plusieurs",
            "des", "mehrere", "einige", "varios", "varias", "vari", "varie", "diversi", "diverse", "vários",
            "várias", "alguns", "algumas", "the", "between", "entre", "zwischen", "tra", "fra", "from", "von", "da",
            "desde");

    /** Words a quote may start with that change nothing: {@code de} in {@code d'un montant de 109 milliards}. */
    private static final Set<String> NEUTRAL_LEADS = Set.of("de", "from", "von", "da", "desde", "the", "to",
            "le", "la", "les", "从");

    /** Han and kana nouns a counter may be followed by, so the quote names what is counted ({@code 20 条建议}). */
    private static final List<String> CJK_NOUNS = List.of("参与者", "参会者", "参加者", "代表", "专家", "建议",
            "提案", "提言", "研究人员", "研究者", "研究员", "科学家", "初创企业", "企业", "企業", "公司", "机构",
            "機関", "国家", "领导人", "首脑", "首脳", "城市", "项目", "学生", "员工", "岗位", "就业岗位", "数据中心",
            "芯片", "独角兽", "人才", "人员", "人");

    private FigureRules() {
    }

    static boolean month(String word) {
        return MONTHS.contains(clean(word));
    }

    static boolean dayJoiner(String word) {
        return DAY_JOINERS.contains(clean(word));
    }

    static boolean timeUnit(String word) {
        return TIME_UNITS.contains(clean(word));
    }

    /** The CJK duration or date word at {@code at} in {@code s}, if any ({@code 个月}, {@code 年}). */
    static boolean cjkTime(String s, int at) {
        return CJK_TIME.stream().anyMatch(w -> s.startsWith(w, at));
    }

    static boolean label(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return LABELS.contains(lower) || LABELS.contains(clean(word))
                || lower.endsWith("第") || lower.endsWith("建议") || lower.endsWith("提案")
                || lower.endsWith("百分之"); // 百分之十: ten per cent, the percentage written before the number
    }

    static boolean definiteArticle(String word) {
        return DEFINITE_ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean connector(String word) {
        return CONNECTORS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean functionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    static boolean neutralLead(String word) {
        return NEUTRAL_LEADS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a wider span may read through {@code word} next to the number (it may end a multi-word lead). */
    static boolean leadTail(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return LEAD_TAILS.contains(lower) || lower.startsWith("d'") || lower.startsWith("d’");
    }

    /** The length of the known CJK noun at {@code at} in {@code s}, or 0. */
    static int cjkNounLength(String s, int at) {
        int best = 0;
        for (String noun : CJK_NOUNS) {
            if (noun.length() > best && s.startsWith(noun, at)) {
                best = noun.length();
            }
        }
        return best;
    }

    /** Lower case without a final abbreviation dot ({@code févr.} is {@code févr}). */
    private static String clean(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
