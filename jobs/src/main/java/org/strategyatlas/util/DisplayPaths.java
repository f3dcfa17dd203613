package org.strategyatlas.util;

import java.nio.file.Path;

/** Paths as messages show them: relative to the working directory when below it, absolute otherwise. */
public final class DisplayPaths {

    private DisplayPaths() {
    }

    public static String of(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        String shown = absolute.startsWith(cwd) ? cwd.relativize(absolute).toString() : absolute.toString();
        return shown.replace('\\', '/');
    }
}
