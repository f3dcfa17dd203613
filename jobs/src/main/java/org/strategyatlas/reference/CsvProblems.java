package org.strategyatlas.reference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.strategyatlas.ingest.InputProblem;

/** Turns a Commons CSV parse failure into a located input problem. */
final class CsvProblems {

    private static final Pattern COMMONS_LINE = Pattern.compile("\\(line (\\d+)\\)");

    private CsvProblems() {
    }

    static InputProblem malformed(String file, Exception e) {
        Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        Matcher m = COMMONS_LINE.matcher(message);
        long line = m.find() ? Long.parseLong(m.group(1)) : 0;
        String reason = message.contains("EOF reached before encapsulated token finished")
                ? "unbalanced quote: a quoted field is never closed"
                : "malformed CSV: " + message;
        return new InputProblem(file, line, 0, null, null, reason,
                "the file exactly as downloaded (RFC 4180: a field with \" , or a line break is quoted)");
    }
}
