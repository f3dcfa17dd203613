package org.strategyatlas.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.SharedSpark;

/** The Spark job on a small corpus: nested folders, three formats, files it cannot read and files it skips. */
class ExtractJobTest {

    @TempDir
    Path temp;

    @Test
    void readsEveryDocumentListsUnreadableFilesAndSortsByDocumentAndOffset() throws IOException {
        Path corpus = Files.createDirectories(temp.resolve("corpus"));
        write(corpus.resolve("a.txt"), "Le plan prévoit 109 milliards d’euros.\nEt 35 sites.");
        write(Files.createDirectories(corpus.resolve("sub")).resolve("b.md"), "# News\n\nOver 2 million people.");
        write(Files.createDirectories(corpus.resolve("sub/deeper")).resolve("c.html"),
                "<p>Il a r&eacute;uni <b>65</b> d&eacute;l&eacute;gu&eacute;s.</p>");
        Files.write(corpus.resolve("latin1.txt"), "109 milliards d'\u00e9uros".getBytes(StandardCharsets.ISO_8859_1));
        Files.write(corpus.resolve("utf16.txt"), "65 delegates".getBytes(StandardCharsets.UTF_16LE));
        Files.write(corpus.resolve("report.pdf"), new byte[] {37, 80, 68, 70});
        Path single = Files.createDirectories(temp.resolve("other")).resolve("d.txt");
        write(single, "20 ideas were compiled.");
        List<Candidate> candidates = new ArrayList<>();

        ExtractSummary summary = ExtractJob.run(SharedSpark.session(), List.of(corpus.toString(), single.toString()),
                Lexicons.data(), candidates::add);

        assertEquals(List.of("a.txt|109 milliards d’euros", "a.txt|35 sites", "d.txt|20 ideas",
                "sub/b.md|Over 2 million people", "sub/deeper/c.html|65 délégués"),
                candidates.stream().map(c -> c.document() + "|" + c.quote()).toList());
        assertEquals(4, summary.documents());
        assertEquals(5, summary.candidates());
        assertEquals(List.of("latin1.txt", "utf16.txt"), summary.unreadable().stream().map(FileProblem::document)
                .toList());
        assertTrue(summary.unreadable().get(0).reason().startsWith("not valid UTF-8 (byte 17 of 21"),
                summary.unreadable().get(0).reason());
        assertTrue(summary.unreadable().get(1).reason().contains("NUL"), summary.unreadable().get(1).reason());
        assertEquals(1, summary.skipped());
        assertEquals(List.of("report.pdf"), summary.skippedExamples());
        assertEquals(7, summary.files());
        assertEquals(2, candidates.get(1).line());
    }

    @Test
    void anInputThatDoesNotExistIsNamed() {
        FileNotFoundException e = assertThrows(FileNotFoundException.class, () -> ExtractJob.run(
                SharedSpark.session(), List.of(temp.resolve("missing").toString()), Lexicons.data(), c -> { }));

        assertTrue(e.getMessage().endsWith("missing: no such file or folder"), e.getMessage());
    }

    @Test
    void aNameIsThePathBelowTheScannedFolder() {
        DocumentNames names = new DocumentNames(List.of("file:/data/news", "file:/data/news/2025"));

        assertEquals("01/item.html", names.of("file:/data/news/2025/01/item.html"));
        assertEquals("2024/item.txt", names.of("file:/data/news/2024/item.txt"));
        assertEquals("loose.txt", names.of("file:/elsewhere/loose.txt"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
