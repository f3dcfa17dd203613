package org.strategyatlas.ingest;

/** Whether a quoted phrase was found in its source's text. */
public enum QuoteStatus {
    /** The phrase occurs verbatim in the held text. */
    VERIFIED,
    /** The text is held and the phrase is not in it: an input error. */
    NOT_FOUND,
    /** The source is a web page, or its text is not in any folder searched. */
    NOT_HELD;

    /** The value written to the {@code quote_verified} column: true, false or empty. */
    public String cell() {
        return switch (this) {
            case VERIFIED -> "true";
            case NOT_FOUND -> "false";
            case NOT_HELD -> "";
        };
    }
}
