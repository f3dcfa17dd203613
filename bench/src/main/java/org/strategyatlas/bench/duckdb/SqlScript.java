package org.strategyatlas.bench.duckdb;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SQL script as named steps of statements: a line {@code -- step: NAME} starts a step, each statement ends
 * with {@code ;} at the end of a line, and {@code ${name}} placeholders are replaced before anything runs.
 */
public record SqlScript(List<Step> steps) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z_]+)}");
    private static final String STEP_MARK = "-- step:";

    /** The statements run before the first step marker are in this step. */
    public static final String SETUP = "setup";

    /** One timed step: its name and its statements, in order. */
    public record Step(String name, List<String> statements) {
        public Step {
            statements = List.copyOf(statements);
        }
    }

    public SqlScript {
        steps = List.copyOf(steps);
    }

    /**
     * @param values the text of each placeholder; a placeholder without one is an error, so a path is never
     *               left out silently
     */
    public static SqlScript parse(String text, Map<String, String> values) {
        List<Step> steps = new ArrayList<>();
        String name = SETUP;
        List<String> statements = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        for (String line : substitute(text, values).split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith(STEP_MARK)) {
                if (!statement.toString().isBlank()) {
                    throw new IllegalArgumentException("statement before '" + trimmed + "' does not end with ';': "
                            + statement.toString().strip());
                }
                addStep(steps, name, statements);
                name = trimmed.substring(STEP_MARK.length()).strip();
                statements = new ArrayList<>();
                continue;
            }
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            statement.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                statements.add(statement.toString().strip());
                statement.setLength(0);
            }
        }
        if (!statement.toString().isBlank()) {
            throw new IllegalArgumentException("the last statement does not end with ';': "
                    + statement.toString().strip());
        }
        addStep(steps, name, statements);
        return new SqlScript(steps);
    }

    /** A path or other text as a SQL string literal: quoted, with its single quotes doubled. */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void addStep(List<Step> steps, String name, List<String> statements) {
        if (!statements.isEmpty()) {
            steps.add(new Step(name, statements));
        }
    }

    private static String substitute(String text, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for placeholder ${" + m.group(1) + "}; expected one of "
                        + values.keySet());
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
