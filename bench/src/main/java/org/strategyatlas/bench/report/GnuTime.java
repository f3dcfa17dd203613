package org.strategyatlas.bench.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code /usr/bin/time -v} reports of one command: wall-clock seconds, CPU seconds (user + system), peak
 * resident set size ("Maximum resident set size", in KiB), and how it ended.
 *
 * @param signal the signal that ended the command, or 0
 */
public record GnuTime(double wallSeconds, double cpuSeconds, long maxRssKb, int exitStatus, int signal) {

    private static final Pattern WALL = Pattern.compile("Elapsed \\(wall clock\\) time \\([^)]*\\):\\s*([0-9:.]+)");
    private static final Pattern USER = Pattern.compile("User time \\(seconds\\):\\s*([0-9.]+)");
    private static final Pattern SYSTEM = Pattern.compile("System time \\(seconds\\):\\s*([0-9.]+)");
    private static final Pattern RSS = Pattern.compile("Maximum resident set size \\(kbytes\\):\\s*(\\d+)");
    private static final Pattern EXIT = Pattern.compile("Exit status:\\s*(\\d+)");
    private static final Pattern SIGNAL = Pattern.compile("Command terminated by signal (\\d+)");

    /** @throws IllegalArgumentException when the text lacks the wall time or the peak RSS line */
    public static GnuTime parse(String text) {
        return new GnuTime(clock(required(WALL, text, "Elapsed (wall clock) time")),
                Double.parseDouble(optional(USER, text, "0")) + Double.parseDouble(optional(SYSTEM, text, "0")),
                Long.parseLong(required(RSS, text, "Maximum resident set size")),
                Integer.parseInt(optional(EXIT, text, "0")), Integer.parseInt(optional(SIGNAL, text, "0")));
    }

    /** {@code h:mm:ss} or {@code m:ss.ss} as seconds. */
    static double clock(String text) {
        double seconds = 0;
        for (String part : text.split(":")) {
            seconds = seconds * 60 + Double.parseDouble(part);
        }
        return seconds;
    }

    private static String required(Pattern pattern, String text, String label) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException("no '" + label + "' line in this /usr/bin/time -v output: "
                    + text.strip().lines().findFirst().orElse("(empty)"));
        }
        return m.group(1);
    }

    private static String optional(Pattern pattern, String text, String otherwise) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : otherwise;
    }
}
