package org.strategyatlas.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.TestPaths;

/** The seed decides every byte; nothing else does (not the machine, the run, or the number of documents). */
class DeterminismTest {

    @TempDir
    Path temp;

    private Path generate(String name, long seed, int documents) throws Exception {
        Path out = temp.resolve(name);
        new GenerateJob(line -> { }).run(GenerateOptions.of(TestPaths.root(), 2_000, documents, seed, out));
        return out;
    }

    @Test
    void theSameSeedGivesByteIdenticalFiles() throws Exception {
        Path first = generate("first", 7, 9);
        Path second = generate("second", 7, 9);
        List<Path> files = files(first);
        assertEquals(files, files(second));
        assertEquals(17, files.size(), files.toString()); // 5 data, 1 seeds, 9 documents, answers, manifest
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                    file.toString());
        }
    }

    @Test
    void anotherSeedGivesOtherFigures() throws Exception {
        Path first = generate("first", 7, 0);
        Path other = generate("other", 8, 0);
        assertFalse(Files.mismatch(first.resolve("data/figures.csv"), other.resolve("data/figures.csv")) < 0);
    }

    @Test
    void askingForDocumentsLeavesTheDataAsItIs() throws Exception {
        Path without = generate("without", 7, 0);
        Path with = generate("with", 7, 3);
        for (String file : List.of("data/initiatives.csv", "data/figures.csv", "data/attributes.csv",
                "seeds/sources.csv")) {
            assertEquals(-1, Files.mismatch(without.resolve(file), with.resolve(file)), file);
        }
        assertFalse(Files.exists(without.resolve("documents")));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
