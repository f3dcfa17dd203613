package org.strategyatlas.phrases;

import java.util.Locale;
import java.util.regex.Pattern;

/** The languages whose number conventions and words the phrase parser knows. */
enum Language {
    EN(false), FR(true), DE(true), ES(true), IT(true), PT(true), ZH(false), JA(false), KO(false);

    private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*");

    private final boolean decimalComma;

    Language(boolean decimalComma) {
        this.decimalComma = decimalComma;
    }

    /** Whether the comma is this language's decimal mark (and the dot its grouping mark). */
    boolean decimalComma() {
        return decimalComma;
    }

    /**
     * The language of a BCP 47 tag by its primary subtag ({@code fr-CA} is French); null for a null or blank tag
     * and for well-formed tags of other languages, which the parser reads with no language hint.
     *
     * @throws IllegalArgumentException if the tag is not of the form {@code xx} or {@code xx-YY...}
     */
    static Language of(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String trimmed = tag.strip();
        if (!TAG.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + tag + "' is not a language tag; use a BCP 47 tag such as en, fr"
                    + " or zh-CN");
        }
        String primary = trimmed.split("[-_]", 2)[0].toUpperCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.name().equals(primary)) {
                return language;
            }
        }
        return null;
    }
}
