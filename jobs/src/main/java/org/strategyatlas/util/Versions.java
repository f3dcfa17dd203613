package org.strategyatlas.util;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The versions this build was made with, for --version and manifests. */
public final class Versions {

    private static final Properties PROPERTIES = load();

    private Versions() {
    }

    public static String atlas() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    public static String spark() {
        return PROPERTIES.getProperty("spark", "unknown");
    }

    public static String java() {
        return System.getProperty("java.version");
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Versions.class.getResourceAsStream("/atlas-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
