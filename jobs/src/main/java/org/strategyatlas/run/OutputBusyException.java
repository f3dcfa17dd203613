package org.strategyatlas.run;

/** Another run holds the output root (exit code 75: try again later). */
public class OutputBusyException extends Exception {

    private static final long serialVersionUID = 1L;

    public OutputBusyException(String message) {
        super(message);
    }
}
