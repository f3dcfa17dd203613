package org.strategyatlas.cli;

/** Exit codes of every atlas command, stable for schedulers (documented in README). */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int REFERENCE_UNAVAILABLE = 3;
    public static final int OUTPUT_NOT_WRITABLE = 4;
    /** Another run holds the output folder: try again later (sysexits EX_TEMPFAIL). */
    public static final int OUTPUT_BUSY = 75;
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}
