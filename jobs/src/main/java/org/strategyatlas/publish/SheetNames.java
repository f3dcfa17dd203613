package org.strategyatlas.publish;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns table names into worksheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, no
 * apostrophe at either end, and unique ignoring case (Excel compares sheet names case-insensitively).
 */
final class SheetNames {

    static final int MAX_LENGTH = 31;

    private SheetNames() {
    }

    /**
     * One sheet name per table name, in order; a clash with {@code taken} or an earlier name gets a "~2", "~3"
     * suffix, shortening the name to make room.
     */
    static List<String> assign(List<String> tableNames, Collection<String> taken) {
        Set<String> used = new HashSet<>();
        // "History" is reserved by Excel for change tracking and cannot be a sheet name
        used.add("history");
        taken.forEach(name -> used.add(key(name)));
        List<String> names = new ArrayList<>(tableNames.size());
        for (String tableName : tableNames) {
            String base = clean(tableName);
            String name = fit(base, "");
            for (int n = 2; used.contains(key(name)); n++) {
                name = fit(base, "~" + n);
            }
            used.add(key(name));
            names.add(name);
        }
        return names;
    }

    private static String clean(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        while (cleaned.startsWith("'")) {
            cleaned = cleaned.substring(1);
        }
        while (cleaned.endsWith("'")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned.isEmpty() ? "Sheet" : cleaned;
    }

    private static String fit(String base, String suffix) {
        int room = MAX_LENGTH - suffix.length();
        String head = base.length() > room ? base.substring(0, room) : base;
        // a cut may leave an apostrophe at the end, which Excel refuses
        while (head.endsWith("'")) {
            head = head.substring(0, head.length() - 1);
        }
        return head + suffix;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
