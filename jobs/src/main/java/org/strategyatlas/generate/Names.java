package org.strategyatlas.generate;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.strategyatlas.model.InitiativeKind;

/**
 * Names for generated initiatives and sources: English initiative names by kind, and per language made-up
 * publishers (with domains under the reserved {@code .example} top-level domain, so no URL points at a real site)
 * and article titles.
 */
final class Names {

    /** A made-up publisher and the domain its URLs use. */
    record Publisher(String name, String domain) {
    }

    private static final Map<InitiativeKind, List<String>> INITIATIVES = Map.ofEntries(
            Map.entry(InitiativeKind.STRATEGY, List.of("National AI Strategy", "AI Strategy",
                    "Digital and AI Strategy")),
            Map.entry(InitiativeKind.ACTION_PLAN, List.of("AI Action Plan", "AI Skills Action Plan",
                    "AI Adoption Action Plan")),
            Map.entry(InitiativeKind.INVESTMENT_PLAN, List.of("AI Investment Plan", "AI Infrastructure Investment Plan",
                    "Semiconductors and AI Investment Plan")),
            Map.entry(InitiativeKind.BUDGET_MEASURE, List.of("Budget: AI measures", "Budget: AI research funding",
                    "Budget: public sector AI")),
            Map.entry(InitiativeKind.FUND, List.of("AI Venture Fund", "Sovereign AI Fund", "AI Compute Fund")),
            Map.entry(InitiativeKind.INVESTMENT_VEHICLE, List.of("AI Investment Company", "AI Infrastructure Fund")),
            Map.entry(InitiativeKind.PARTNERSHIP, List.of("AI Partnership with Industry",
                    "International AI Research Partnership", "Public-Private AI Partnership")),
            Map.entry(InitiativeKind.PROGRAMME, List.of("AI Skills Programme", "AI Research Programme",
                    "AI in Public Services Programme", "AI for SMEs Programme")),
            Map.entry(InitiativeKind.INFRASTRUCTURE, List.of("National AI Supercomputer", "AI Data Centre Campus",
                    "AI Factory")),
            Map.entry(InitiativeKind.RESEARCH_PROJECT, List.of("Open Language Model Project",
                    "AI Safety Research Project")),
            Map.entry(InitiativeKind.SUMMIT, List.of("AI Summit", "AI Action Summit")),
            Map.entry(InitiativeKind.HACKATHON, List.of("AI Hackathon", "Public Sector AI Hackathon")),
            Map.entry(InitiativeKind.REPORT, List.of("AI Commission Report", "AI Opportunities Review")),
            Map.entry(InitiativeKind.REGULATION, List.of("AI Act", "AI Regulation")));

    private static final Map<Lang, List<Publisher>> PUBLISHERS = Map.of(
            Lang.EN, List.of(new Publisher("The Policy Ledger", "policyledger"),
                    new Publisher("Tech Policy Wire", "techpolicywire"),
                    new Publisher("Global AI Monitor", "global-ai-monitor"),
                    new Publisher("Ministry of Digital Affairs", "digital-affairs"),
                    new Publisher("Budget Office Bulletin", "budget-bulletin")),
            Lang.FR, List.of(new Publisher("Le Journal du Numérique", "journal-numerique"),
                    new Publisher("Ministère de l’Économie numérique", "economie-numerique"),
                    new Publisher("La Lettre de l’IA", "lettre-ia")),
            Lang.DE, List.of(new Publisher("Digitalpolitik Aktuell", "digitalpolitik"),
                    new Publisher("Ministerium für Forschung", "forschung-ministerium"),
                    new Publisher("KI-Rundschau", "ki-rundschau")),
            Lang.ES, List.of(new Publisher("Diario Digital", "diario-digital"),
                    new Publisher("Ministerio de Ciencia", "ministerio-ciencia"),
                    new Publisher("Revista IA", "revista-ia")),
            Lang.IT, List.of(new Publisher("Il Quotidiano Digitale", "quotidiano-digitale"),
                    new Publisher("Ministero dell’Innovazione", "ministero-innovazione"),
                    new Publisher("IA Notizie", "ia-notizie")),
            Lang.PT, List.of(new Publisher("Jornal da Inovação", "jornal-inovacao"),
                    new Publisher("Ministério da Ciência", "ministerio-ciencia-pt"),
                    new Publisher("Tecnologia Hoje", "tecnologia-hoje")),
            Lang.ZH, List.of(new Publisher("数字政策观察", "digital-policy-cn"), new Publisher("人工智能周刊", "ai-weekly-cn"),
                    new Publisher("科技新闻网", "tech-news-cn")),
            Lang.JA, List.of(new Publisher("デジタル政策ニュース", "digital-policy-jp"),
                    new Publisher("AI政策ウォッチ", "ai-policy-watch-jp"), new Publisher("経済産業ニュース", "industry-news-jp")),
            Lang.KO, List.of(new Publisher("디지털정책신문", "digital-policy-kr"), new Publisher("AI 타임스", "ai-times-kr"),
                    new Publisher("과학기술뉴스", "science-news-kr")));

    private static final Map<Lang, List<String>> TITLES = Map.of(
            Lang.EN, List.of("Government unveils new AI plan", "AI spending set out in budget",
                    "Investors pledge billions for AI", "How the AI strategy is funded"),
            Lang.FR, List.of("Le gouvernement dévoile son plan pour l’IA", "L’IA dans le budget de l’État",
                    "Des milliards promis pour l’intelligence artificielle"),
            Lang.DE, List.of("Bundesregierung stellt KI-Plan vor", "KI im Haushalt",
                    "Milliarden für künstliche Intelligenz"),
            Lang.ES, List.of("El Gobierno presenta su plan de IA", "La IA en los presupuestos",
                    "Miles de millones para la inteligencia artificial"),
            Lang.IT, List.of("Il governo presenta il piano per l’IA", "L’IA nella legge di bilancio",
                    "Miliardi per l’intelligenza artificiale"),
            Lang.PT, List.of("Governo apresenta plano de IA", "A IA no orçamento",
                    "Bilhões para a inteligência artificial"),
            Lang.ZH, List.of("政府发布人工智能发展规划", "人工智能投资计划公布", "预算中的人工智能支出"),
            Lang.JA, List.of("政府がAI戦略を発表", "AI投資計画の概要", "予算に見るAI関連支出"),
            Lang.KO, List.of("정부, 인공지능 계획 발표", "AI 투자 계획 공개", "예산으로 본 인공지능 지출"));

    private Names() {
    }

    /** An English initiative name for {@code kind}, some with their year ({@code AI Summit 2024}). */
    static String initiative(InitiativeKind kind, int year, SplittableRandom random) {
        String name = PhraseWriter.pick(INITIATIVES.get(kind), random);
        if (kind == InitiativeKind.BUDGET_MEASURE) {
            return year + " " + name;
        }
        return random.nextBoolean() ? name + " " + year : name;
    }

    /** Lower-case letters and single hyphens, at most 40 characters: {@code AI Act 2024} gives {@code ai-act}. */
    static String slug(String name) {
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "-").replaceAll("(^-|-$)", "");
        return slug.length() <= 40 ? slug : slug.substring(0, 40).replaceAll("-$", "");
    }

    static Publisher publisher(Lang lang, SplittableRandom random) {
        return PhraseWriter.pick(PUBLISHERS.get(lang), random);
    }

    static String title(Lang lang, SplittableRandom random) {
        return PhraseWriter.pick(TITLES.get(lang), random);
    }
}
