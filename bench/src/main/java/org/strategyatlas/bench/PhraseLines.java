package org.strategyatlas.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Input for timing {@code atlas parse}: phrase lines taken in turn from the {@code phrase} column of the answer
 * key that {@code atlas generate --documents} writes ({@code documents/phrases.csv}), repeated up to a count.
 */
public final class PhraseLines {

    private PhraseLines() {
    }

    /** Lines and bytes written, and how many different phrases they cycle through. */
    public record Written(long lines, long bytes, int distinct) {
    }

    public static Written write(Path answers, long count, Path out) throws IOException {
        List<String> phrases = read(answers);
        if (phrases.isEmpty()) {
            throw new IOException(answers + " has no phrase on one line; generate documents first"
                    + " (atlas generate --documents M)");
        }
        long bytes = 0;
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (long i = 0; i < count; i++) {
                String phrase = phrases.get((int) (i % phrases.size()));
                writer.write(phrase);
                writer.write('\n');
                bytes += phrase.getBytes(StandardCharsets.UTF_8).length + 1;
            }
        }
        return new Written(count, bytes, phrases.size());
    }

    private static List<String> read(Path answers) throws IOException {
        List<String> phrases = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(answers, StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader)) {
                String phrase = row.get("phrase");
                if (!phrase.isEmpty() && phrase.indexOf('\n') < 0 && phrase.indexOf('\r') < 0) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }
}
