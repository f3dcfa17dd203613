package org.strategyatlas.run;

/** The reference data a run needs is missing or cannot be read (exit code 3). */
public class ReferenceUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    public ReferenceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
