package org.strategyatlas.reference;

import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One World Bank economy: a country or territory, or an aggregate (region, income group, bloc).
 *
 * <p>{@code region} and {@code incomeGroup} are empty, never null, when the World Bank gives none
 * (always so for aggregates).
 */
public record Economy(String code, String name, String region, String incomeGroup, boolean aggregate)
        implements Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]{2}");

    public Economy {
        if (!isValidCode(code)) {
            throw new IllegalArgumentException("economy code must be three upper-case letters or digits, got '"
                    + code + "'");
        }
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("economy " + code + " has an empty name");
        }
        region = Objects.requireNonNull(region, "region");
        incomeGroup = Objects.requireNonNull(incomeGroup, "incomeGroup");
    }

    /** True for a WDI economy code such as {@code FRA}, {@code EUU} or {@code XKX}. */
    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
