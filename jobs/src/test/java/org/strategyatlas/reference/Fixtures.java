package org.strategyatlas.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Small inline input files in the real downloads' layouts, written into a test's temporary folder. */
final class Fixtures {

    static final String BOM = "\uFEFF";

    /** The wide download preamble (BOM, CRLF) and header for the years 1960-1962. */
    static final String WIDE_HEAD = BOM + """
            "Data Source","World Development Indicators",\r
            \r
            "Last Updated Date","2025-07-01",\r
            \r
            "Country Name","Country Code","Indicator Name","Indicator Code","1960","1961","1962",\r
            """;

    private Fixtures() {
    }

    /** A wide file for {@code code} with the given data lines after the five-line preamble. */
    static String wide(String code, String... rows) {
        StringBuilder text = new StringBuilder(WIDE_HEAD);
        for (String row : rows) {
            text.append(row.replace("CODE", code)).append("\r\n");
        }
        return text.toString();
    }

    static String datapackage(String code) {
        return """
                {"title": "Test indicator", "worldbank": {"indicator": "%s"},
                 "licenses": [{"name": "CC-BY-4.0"}]}
                """.formatted(code);
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A long-format indicator folder: {@code data.csv} with {@code rows} and its {@code datapackage.json}. */
    static Path longFolder(Path dir, String code, String... rows) {
        Path folder = dir.resolve(code.toLowerCase(Locale.ROOT));
        write(folder.resolve("datapackage.json"), datapackage(code.toLowerCase(Locale.ROOT)));
        write(folder.resolve("data.csv"), "Country Name,Country Code,Year,Value\r\n" + String.join("\r\n", rows)
                + "\r\n");
        return folder;
    }

    static SourceFile source(Path file) {
        return new SourceFile(file, file.getFileName().toString());
    }
}
