package org.strategyatlas.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A second, deliberately plain implementation of the totals rules (README: totals), written from the rules and not
 * from the job's classes: it reads a run's {@code figures_normalised.csv} and {@code initiatives.csv}, decides for
 * each initiative whether and where it counts, adds up, and checks every jurisdiction's totals in
 * {@code country_comparison.csv}; then checks that the counted rows of {@code totals_breakdown.csv} add up to the
 * same totals. No Spark, no job class: maps, loops and a walk up {@code contained_in}.
 */
final class IndependentTotals {

    /** Commitment classes by basis, firmest first (data/README.md); cancellations have none. */
    private static final Map<String, Integer> RANK = Map.of("appropriation", 1, "budget_request", 2, "proposal", 2,
            "commitment", 2, "credit", 2, "pledge", 3, "mobilisation_target", 4, "aum_target", 4, "estimate", 4,
            "reported", 4);
    private static final List<String> CLASS = List.of("", "budgeted", "planned", "pledged", "targets");
    private static final String[] MEASURES = {"constant_usd", "per_capita_usd", "annual_constant_usd",
        "pct_gdp_per_year"};

    private IndependentTotals() {
    }

    /** The totals of one group of initiatives: per measure the sum of lows and highs, and what limits them. */
    private static final class Sum {
        final double[] low = new double[MEASURES.length];
        final double[] high = new double[MEASURES.length];
        final int[] valued = new int[MEASURES.length];
        final int[] missing = new int[MEASURES.length];
        int open;

        Double low(int m) {
            return valued[m] == 0 ? null : low[m];
        }

        Double high(int m) {
            boolean perYear = m >= 2;
            return valued[m] == 0 || open > 0 || missing[m] > 0 && !perYear ? null : high[m];
        }
    }

    static void check(Path run) throws IOException {
        Map<String, Map<String, String>> initiatives = new HashMap<>();
        for (Map<String, String> r : read(run.resolve("tables/initiatives.csv"))) {
            initiatives.put(r.get("id"), r);
        }
        Map<String, List<Map<String, String>>> money = new TreeMap<>();
        for (Map<String, String> f : read(run.resolve("tables/figures_normalised.csv"))) {
            if (f.get("metric").equals("investment") && !f.get("unit").equals("count")) {
                money.computeIfAbsent(f.get("initiative_id"), k -> new ArrayList<>()).add(f);
            }
        }
        // each initiative: its class, the total it would count in, its envelope
        Map<String, String> key = new HashMap<>();
        Map<String, Integer> best = new HashMap<>();
        Map<String, double[][]> envelope = new HashMap<>(); // [measure][low, high, valued?, missing?]
        Map<String, Boolean> open = new HashMap<>();
        for (Map.Entry<String, List<Map<String, String>>> e : money.entrySet()) {
            Map<String, String> it = initiatives.get(e.getKey());
            int firmest = 99;
            for (Map<String, String> f : e.getValue()) {
                if (live(f)) {
                    firmest = Math.min(firmest, RANK.get(f.get("basis")));
                }
            }
            if (firmest == 99 || !it.get("superseded_by").isEmpty()) {
                continue;
            }
            best.put(e.getKey(), firmest);
            boolean broader = it.get("scope").equals("broader") && it.get("ai_share_low").isEmpty();
            key.put(e.getKey(), broader ? "broader" : firmest == 4 ? "targets" : "headline");
            double shareLow = it.get("ai_share_low").isEmpty() ? 1 : Double.parseDouble(it.get("ai_share_low"));
            double shareHigh = it.get("ai_share_high").isEmpty() ? 1 : Double.parseDouble(it.get("ai_share_high"));
            double[][] env = new double[MEASURES.length][];
            for (int m = 0; m < MEASURES.length; m++) {
                Double lo = null;
                Double hi = null;
                boolean missing = false;
                for (Map<String, String> f : e.getValue()) {
                    if (!live(f) || RANK.get(f.get("basis")) != firmest) {
                        continue;
                    }
                    Double l = number(f.get(MEASURES[m] + "_low"));
                    Double h = number(f.get(MEASURES[m] + "_high"));
                    if (l != null) {
                        lo = lo == null ? l : Double.valueOf(Math.min(lo, l));
                    }
                    if (h != null) {
                        hi = hi == null ? h : Double.valueOf(Math.max(hi, h));
                    }
                    missing |= l == null && h == null;
                    if (m == 0 && f.get("qualifier").equals("at_least")) {
                        open.put(e.getKey(), true);
                    }
                }
                env[m] = new double[] {lo == null ? 0 : lo * shareLow, hi == null ? 0 : hi * shareHigh,
                    lo != null || hi != null ? 1 : 0, missing ? 1 : 0};
            }
            envelope.put(e.getKey(), env);
        }
        // add up what no enclosing initiative already counts, per jurisdiction and total (and class)
        Map<String, Sum> sums = new TreeMap<>();
        for (String id : envelope.keySet()) {
            if (covered(id, key.get(id), initiatives, key)) {
                continue;
            }
            String jurisdiction = initiatives.get(id).get("jurisdiction");
            List<String> groups = new ArrayList<>(List.of(jurisdiction + "/" + key.get(id)));
            if (key.get(id).equals("headline")) {
                groups.add(jurisdiction + "/" + CLASS.get(best.get(id)));
            }
            for (String group : groups) {
                Sum s = sums.computeIfAbsent(group, g -> new Sum());
                double[][] env = envelope.get(id);
                for (int m = 0; m < MEASURES.length; m++) {
                    s.low[m] += env[m][0];
                    s.high[m] += env[m][1];
                    s.valued[m] += (int) env[m][2];
                    s.missing[m] += (int) env[m][3];
                }
                s.open += open.getOrDefault(id, false) ? 1 : 0;
            }
        }
        List<Map<String, String>> comparison = read(run.resolve("tables/country_comparison.csv"));
        assertTrue(!comparison.isEmpty(), "no jurisdictions");
        for (Map<String, String> row : comparison) {
            String j = row.get("jurisdiction");
            Sum headline = sums.getOrDefault(j + "/headline", new Sum());
            for (int m = 0; m < MEASURES.length; m++) {
                String column = m == 0 ? "investment_constant_usd" : MEASURES[m];
                close(headline.low(m), row.get(column + "_low"), j + " " + column + "_low");
                close(headline.high(m), row.get(column + "_high"), j + " " + column + "_high");
            }
            for (String group : List.of("budgeted", "planned", "pledged", "targets", "broader")) {
                Sum s = sums.getOrDefault(j + "/" + group, new Sum());
                close(s.low(0), row.get(group + "_constant_usd_low"), j + " " + group + " low");
                close(s.high(0), row.get(group + "_constant_usd_high"), j + " " + group + " high");
            }
        }
        // and no jurisdiction with a total of its own is missing from the comparison
        java.util.Set<String> compared = new java.util.HashSet<>();
        comparison.forEach(row -> compared.add(row.get("jurisdiction")));
        for (String group : sums.keySet()) {
            assertTrue(compared.contains(group.substring(0, group.indexOf('/'))), group + " not in the comparison");
        }
        breakdownAddsUp(run, comparison);
    }

    /** The counted headline rows of the breakdown add up to each jurisdiction's headline total. */
    private static void breakdownAddsUp(Path run, List<Map<String, String>> comparison) throws IOException {
        Map<String, double[]> added = new HashMap<>();
        for (Map<String, String> r : read(run.resolve("tables/totals_breakdown.csv"))) {
            if (r.get("counted_in").equals("headline")) {
                double[] sum = added.computeIfAbsent(r.get("jurisdiction"), k -> new double[2]);
                sum[0] += value(r.get("constant_usd_low"));
                sum[1] += value(r.get("constant_usd_high"));
            }
        }
        for (Map<String, String> row : comparison) {
            double[] sum = added.get(row.get("jurisdiction"));
            Double low = number(row.get("investment_constant_usd_low"));
            if (sum == null) {
                assertTrue(low == null, row.get("jurisdiction") + ": a headline total without breakdown rows");
                continue;
            }
            close(low == null ? null : sum[0], row.get("investment_constant_usd_low"),
                    row.get("jurisdiction") + " breakdown low");
            if (number(row.get("investment_constant_usd_high")) != null) {
                close(sum[1], row.get("investment_constant_usd_high"), row.get("jurisdiction") + " breakdown high");
            }
        }
    }

    /** True when an enclosing initiative is counted in the headline, or in the same total as this one. */
    private static boolean covered(String id, String ownKey, Map<String, Map<String, String>> initiatives,
                                   Map<String, String> key) {
        String parent = initiatives.get(id).get("contained_in");
        int steps = 0;
        while (!parent.isEmpty()) {
            String k = key.get(parent);
            if ("headline".equals(k) || ownKey.equals(k)) {
                return true;
            }
            parent = initiatives.get(parent).get("contained_in");
            if (++steps > initiatives.size()) {
                fail("contained_in cycle at " + id);
            }
        }
        return false;
    }

    private static boolean live(Map<String, String> f) {
        return f.get("kind").equals("total") && !f.get("basis").equals("cancellation")
                && f.get("superseded_by").isEmpty();
    }

    private static void close(Double expected, String actual, String what) {
        Double a = number(actual);
        if (expected == null || a == null) {
            assertEquals(expected, a, what);
            return;
        }
        double tolerance = Math.max(1e-9 * Math.abs(expected), 1e-6);
        assertTrue(Math.abs(a - expected) <= tolerance, what + ": expected " + expected + " but was " + a);
    }

    private static Double number(String cell) {
        return cell == null || cell.isEmpty() ? null : Double.parseDouble(cell);
    }

    private static double value(String cell) {
        return cell.isEmpty() ? 0 : Double.parseDouble(cell);
    }

    private static List<Map<String, String>> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                rows.add(r.toMap());
            }
            return rows;
        }
    }
}
