package org.strategyatlas.ingest;

import java.util.List;

/** Bad input: carries every problem found, each with its file, line, column and raw value. */
public class InputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<InputProblem> problems;

    public InputException(List<InputProblem> problems) {
        super(summary(problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(problems.stream().sorted().toList());
    }

    public InputException(InputProblem problem) {
        this(List.of(problem));
    }

    public List<InputProblem> problems() {
        return problems;
    }

    private static String summary(List<InputProblem> problems) {
        if (problems.size() == 1) {
            return problems.get(0).format();
        }
        return problems.size() + " problems in the input; first: "
                + problems.stream().sorted().findFirst().map(InputProblem::format).orElse("");
    }
}
