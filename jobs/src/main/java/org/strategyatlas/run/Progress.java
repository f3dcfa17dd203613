package org.strategyatlas.run;

import java.io.PrintStream;
import java.util.Locale;

/** Where a job says what each step did; the CLI prints to stderr, tests collect or discard. */
@FunctionalInterface
public interface Progress {

    void step(String step, String message, long millis);

    static Progress silent() {
        return (step, message, millis) -> { };
    }

    static Progress to(PrintStream out) {
        return (step, message, millis) -> out.println(String.format(Locale.ROOT, "[%s] %s (%,d ms)", step, message,
                millis));
    }
}
