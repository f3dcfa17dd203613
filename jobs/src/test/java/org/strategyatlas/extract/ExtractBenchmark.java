package org.strategyatlas.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.strategyatlas.phrases.PhraseException;
import org.strategyatlas.phrases.PhraseParser;

/**
 * Benchmark (not a test): parse throughput in phrases per second and extraction throughput in MB of text per
 * second, on one thread. Inputs are generated from a fixed seed: amount phrases in nine languages, and documents of
 * filler sentences with those phrases set in. Each measure is warmed up, then timed five times; the median is
 * printed as a Markdown table.
 *
 * <pre>
 * mvn -q -o package -DskipTests &amp;&amp; mvn -q -o test-compile
 * java @jvm.args -cp jobs/target/test-classes:jobs/target/classes:'jobs/target/lib/*' \
 *     org.strategyatlas.extract.ExtractBenchmark [phrases] [megabytes]
 * </pre>
 */
public final class ExtractBenchmark {

    private static final long SEED = 20250210L;
    private static final int RUNS = 5;

    /** Phrases and their language, as found in news: money, counts, qualifiers, ranges, number words, CJK. */
    private static final String[][] PHRASES = {
        {"109 milliards d’euros", "fr"}, {"20 milliards d’euros", "fr"}, {"plus de 2 millions de personnes", "fr"},
        {"plusieurs dizaines de dirigeants", "fr"}, {"plus d’un millier de chercheurs", "fr"}, {"65 délégués", "fr"},
        {"35 sites", "fr"}, {"entre 30 et 50 milliards d’euros", "fr"}, {"1,5 Md€", "fr"},
        {"over 2 million people", "en"}, {"20 ideas", "en"}, {"65 participants", "en"}, {"€109bn", "en"},
        {"between €30 and €50 billion", "en"}, {"up to $100 billion", "en"}, {"Rs 10,371.92 crore", "en"},
        {"hundreds of millions of dollars", "en"}, {"a dozen countries", "en"}, {"mehr als 1.000 Forscher", "de"},
        {"5 Mrd. Euro", "de"}, {"600 millones de euros", "es"}, {"oltre 2 milioni di persone", "it"},
        {"R$ 23 bilhões", "pt"}, {"65 名参与者", "zh"}, {"20 条建议", "zh"}, {"超过 200 万人", "zh"},
        {"1000亿元", "zh"}, {"1兆2000億円", "ja"}, {"65조 원", "ko"}, {"Proposal 12", "en"}, {"12%", "en"},
    };

    /** Sentences to set figures in ({} marks the place), in the languages of the phrases. */
    private static final String[][] SENTENCES = {
        {"en", "The ministry said on Tuesday that {} would support the national programme for schools."},
        {"en", "Officials expect {} to take part in the consultation over the coming months."},
        {"fr", "Le gouvernement a annoncé que {} seraient consacrés à la recherche et aux infrastructures."},
        {"fr", "Selon le ministère, {} ont participé aux ateliers organisés dans toute la France."},
        {"de", "Die Bundesregierung teilte mit, dass {} für die Förderung bereitstehen."},
        {"es", "El Gobierno destinará {} a la estrategia de inteligencia artificial del país."},
        {"it", "Il piano prevede {} nei prossimi anni per la ricerca pubblica."},
        {"pt", "O governo investirá {} em infraestrutura de dados e computação."},
        {"zh", "政府表示,{}将用于支持人工智能研究和人才培养。"},
        {"ja", "政府は{}を人工知能の研究開発に投じると発表した。"},
        {"ko", "정부는 인공지능 연구에 {}을 투자한다고 밝혔다."},
    };

    /** Sentences without a figure (two in three sentences of a document are like these). */
    private static final String[][] FILLERS = {
        {"en", "The strategy sets out how public services, research and small businesses should adopt AI."},
        {"en", "Critics said the plan lacked detail on skills, data and the safety of frontier models."},
        {"fr", "La stratégie nationale met l’accent sur la formation, la souveraineté et l’éthique."},
        {"fr", "Les entreprises attendent des règles claires et une simplification des démarches."},
        {"de", "Die Strategie setzt auf Forschung, Weiterbildung und eine starke Recheninfrastruktur."},
        {"es", "La estrategia apuesta por la formación, la investigación y la soberanía tecnológica."},
        {"it", "La strategia punta sulla formazione, sulla ricerca e sulla pubblica amministrazione."},
        {"pt", "A estratégia aposta na formação, na pesquisa e na soberania digital do país."},
        {"zh", "该战略强调人才培养、数据基础设施和公共服务中的人工智能应用。"},
        {"ja", "戦略は人材育成とデータ基盤、公共サービスでの活用を重視している。"},
        {"ko", "이 전략은 인재 양성과 데이터 인프라, 공공 서비스 활용을 강조한다."},
    };

    private ExtractBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int phrases = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        Path data = Path.of(System.getProperty("atlas.root", "."), "data");
        Extractor extractor = new Extractor(ExtractLexicons.load(data));
        String[][] phraseInput = phrases(phrases, new Random(SEED));
        List<String> documents = documents(megabytes * 1_000_000L, new Random(SEED));
        long bytes = documents.stream().mapToLong(d -> d.getBytes(StandardCharsets.UTF_8).length).sum();

        double parse = median(() -> parseAll(phraseInput));
        double extract = median(() -> extractAll(extractor, documents));

        System.out.println("| measure (one thread, median of " + RUNS + ") | input | throughput |");
        System.out.println("|---|---|---|");
        System.out.printf(Locale.ROOT, "| parse (`PhraseParser.parse`) | %,d phrases | %,.0f phrases/s |%n", phrases,
                phrases / parse);
        System.out.printf(Locale.ROOT, "| extract (`Extractor.extract`) | %.1f MB in %,d documents | %.2f MB/s |%n",
                bytes / 1e6, documents.size(), bytes / 1e6 / extract);
        System.out.printf(Locale.ROOT, "%nJava %s, %s, %d cores%n", System.getProperty("java.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
    }

    private static String[][] phrases(int count, Random random) {
        String[][] out = new String[count][];
        for (int i = 0; i < count; i++) {
            out[i] = PHRASES[random.nextInt(PHRASES.length)];
        }
        return out;
    }

    /** Documents of about 3 kB: filler sentences, one in three with a figure set in, one language each. */
    private static List<String> documents(long totalBytes, Random random) {
        List<String> documents = new ArrayList<>();
        long bytes = 0;
        while (bytes < totalBytes) {
            String language = SENTENCES[random.nextInt(SENTENCES.length)][0];
            String[][] own = ofLanguage(SENTENCES, language);
            String[][] fillers = ofLanguage(FILLERS, language);
            String[][] figures = Arrays.stream(PHRASES).filter(p -> p[1].equals(language)).toArray(String[][]::new);
            StringBuilder doc = new StringBuilder();
            while (doc.length() < 3000) {
                String sentence = random.nextInt(3) == 0
                        ? own[random.nextInt(own.length)][1].replace("{}", figures[random.nextInt(figures.length)][0])
                        : fillers[random.nextInt(fillers.length)][1];
                doc.append(sentence).append(random.nextInt(4) == 0 ? "\n" : " ");
            }
            documents.add(doc.toString());
            bytes += doc.toString().getBytes(StandardCharsets.UTF_8).length;
        }
        return documents;
    }

    private static String[][] ofLanguage(String[][] sentences, String language) {
        return Arrays.stream(sentences).filter(s -> s[0].equals(language)).toArray(String[][]::new);
    }

    private static long parseAll(String[][] phrases) {
        long read = 0;
        for (String[] phrase : phrases) {
            try {
                read += PhraseParser.parse(phrase[0], phrase[1]).low() == null ? 0 : 1;
            } catch (PhraseException e) {
                read--;
            }
        }
        return read;
    }

    private static long extractAll(Extractor extractor, List<String> documents) {
        long found = 0;
        for (int i = 0; i < documents.size(); i++) {
            found += extractor.extract("doc" + i + ".txt", documents.get(i)).size();
        }
        return found;
    }

    /** Seconds per run: one warm-up run, then the median of {@link #RUNS} timed runs. */
    private static double median(Workload workload) {
        long sink = workload.run();
        double[] seconds = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            sink += workload.run();
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        if (sink == Long.MIN_VALUE) {
            System.out.println(); // keeps the results alive for the JIT
        }
        Arrays.sort(seconds);
        return seconds[RUNS / 2];
    }

    @FunctionalInterface
    private interface Workload {
        long run();
    }
}
