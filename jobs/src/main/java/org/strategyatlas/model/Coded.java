package org.strategyatlas.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** An enum whose values are written in the data as lower-case codes (`mobilisation_target`). */
public interface Coded {

    String name();

    /** The code as it appears in the CSV files. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The value whose code is exactly {@code code}, if any. */
    static <E extends Enum<E> & Coded> Optional<E> parse(Class<E> type, String code) {
        for (E value : type.getEnumConstants()) {
            if (value.code().equals(code)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** The allowed codes, for error messages: {@code one of a, b, c}. */
    static <E extends Enum<E> & Coded> String allowed(Class<E> type) {
        return "one of " + Arrays.stream(type.getEnumConstants()).map(Coded::code).collect(Collectors.joining(", "));
    }
}
