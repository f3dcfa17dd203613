package org.strategyatlas.phrases;

/** A phrase that cannot be read as an amount; the message says which part could not be read and why. */
public final class PhraseException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String phrase;

    public PhraseException(String phrase, String reason) {
        super(reason);
        this.phrase = phrase;
    }

    /** The phrase as given. */
    public String phrase() {
        return phrase;
    }

    /** Why it could not be read (the same as {@link #getMessage()}). */
    public String reason() {
        return getMessage();
    }
}
