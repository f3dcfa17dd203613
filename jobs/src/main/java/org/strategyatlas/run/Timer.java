package org.strategyatlas.run;

import java.util.LinkedHashMap;
import java.util.Map;

/** Wall time of each step of a run, for progress lines and the manifest. */
final class Timer {

    private final long start = System.nanoTime();
    private long last = start;
    private final Map<String, Long> laps = new LinkedHashMap<>();

    /** Milliseconds since the previous lap, recorded under {@code step}. */
    long lap(String step) {
        long now = System.nanoTime();
        long millis = (now - last) / 1_000_000;
        last = now;
        laps.merge(step, millis, Long::sum);
        return millis;
    }

    long total() {
        return (System.nanoTime() - start) / 1_000_000;
    }

    Map<String, Long> laps() {
        return laps;
    }
}
