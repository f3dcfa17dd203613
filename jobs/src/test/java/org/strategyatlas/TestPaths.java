package org.strategyatlas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Where tests find the repository, the shared folder and their resources. */
public final class TestPaths {

    private TestPaths() {
    }

    /** The repository root (Surefire sets atlas.root; the working directory otherwise). */
    public static Path root() {
        return Path.of(System.getProperty("atlas.root", ".")).toAbsolutePath().normalize();
    }

    /** ../shared beside the repository: real data and founding documents, present on developer machines and CI. */
    public static Path shared() {
        return Path.of(System.getProperty("atlas.shared", root().resolve("../shared").toString()))
                .toAbsolutePath().normalize();
    }

    public static Path resource(String name) {
        try {
            return Path.of(TestPaths.class.getResource("/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test resource " + name, e);
        }
    }

    /** Copies a folder tree (files replace existing ones), e.g. a base dataset and then a case's overrides. */
    public static void copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
