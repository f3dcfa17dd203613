package org.strategyatlas.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.AnnotatedElementContext;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.io.TempDirFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.strategyatlas.TestPaths;
import org.strategyatlas.model.Dataset;

/**
 * Seeded random mutations of the minimal dataset (bytes flipped, quotes, commas, line breaks, NULs, invalid UTF-8,
 * byte order marks, truncation, duplicated lines, odd cells, random Unicode): ingest must answer each with a
 * {@link LoadedDataset} or an {@link InputException} whose problems are located, and nothing else.
 *
 * <p>Each iteration draws from its own {@code Random(inputSeed(seed, iteration))}, so a failure is reproduced by
 * {@link #mutatedDataset(long, int)} with the seed and iteration its message names, without replaying the others.
 */
class CsvIngestFuzzTest {

    private static final int ITERATIONS = 500;

    /** The files a mutation may change, relative to the dataset root. */
    private static final List<String> FILES = List.of("seeds/sources.csv", "seeds/held-doc.txt",
            "data/metrics.csv", "data/taxonomy.csv", "data/initiatives.csv", "data/figures.csv",
            "data/attributes.csv");

    /** Cells a curator, a spreadsheet or an attacker might write. */
    private static final List<String> ODD_CELLS = List.of("", " ", "\"", "\"\"", ",", "\n", "\r\n", "\r", "\t",
            "..", "../../etc/passwd", "/etc/passwd", "C:\\x.txt", "\\\\server\\share", "held-doc.txt", "web-page",
            "fra-plan", "fra-part", "ind-mission", "fra-plan;fra-plan", ";", "skills", "investment", "researchers",
            "-1", "1e9", "1,000", "0", "00", "1.", ".5", "109000000000", "99999999999999999999999999999999",
            "2025-02-30", "2025-13", "0000", "9999", "1989", "2101", "exact", "approx", "at_least", "at_most",
            "range", "count", "EUR", "XXX", "eur", "money", "true", "false", "TRUE", "en", "fr", "pt-BR", "xx-YYYY",
            "open", "years", "end_year", "pledge", "public", "total", "=1+1", "@SUM(A1)", "<script>", "\u0000",
            "\uFEFF", "\u00A0", "\u2028", "\u202E", "\uD83D\uDCB6", "\u00E9", "e\u0301", "¥1 billion",
            "€109bn", "plus d'un millier de chercheurs", "between 30 and 20 billion", "12%", "2025",
            "no. 5", "x".repeat(300));

    /** Mutations that change rows and cells but keep the file readable as CSV (mostly). */
    private static final List<Mutation> ROW_MUTATIONS = List.of(Mutation.REPLACE_CELL, Mutation.REPLACE_CELL,
            Mutation.DUPLICATE_LINE, Mutation.DELETE_LINE);

    // 1,500 datasets of seven files: in memory where the system offers it, several times faster than a disk
    @TempDir(factory = MemoryFirst.class)
    Path temp;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1L, 42L, 20250209L})
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void mutatedDatasetsGiveALoadedDatasetOrAnInputExceptionOnly(long seed) throws IOException {
        Map<String, byte[]> minimal = minimalDataset();
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Mutated input = mutate(minimal, new Random(inputSeed(seed, iteration)));
            // a fresh folder each time: rewriting files in place is several times slower on ext4 disks
            Path root = temp.resolve("iteration-" + iteration);
            input.writeTo(root);
            String where = "seed " + seed + ", iteration " + iteration + " (replay with mutatedDataset(" + seed
                    + "L, " + iteration + ")), mutations " + input.mutations();
            Object outcome;
            try {
                outcome = MalformedCorpusTest.load(root);
            } catch (InputException e) {
                outcome = e;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError(where + ": only a LoadedDataset or an InputException may come out, got "
                        + e, e);
            }
            if (outcome instanceof InputException e) {
                assertFalse(e.problems().isEmpty(), where);
                e.problems().forEach(p -> assertLocated(p, where));
            } else {
                LoadedDataset loaded = (LoadedDataset) outcome;
                loaded.problems().forEach(p -> assertLocated(p, where));
                loaded.consequences().forEach(p -> assertLocated(p, where));
                assertCountsReconcile(loaded, where);
            }
        }
    }

    /**
     * The files of one iteration's dataset (null for a file left out), for replaying a failure: write them below a
     * folder and load it with {@link MalformedCorpusTest#load(Path)}.
     */
    static Map<String, byte[]> mutatedDataset(long seed, int iteration) throws IOException {
        return mutate(minimalDataset(), new Random(inputSeed(seed, iteration))).files();
    }

    private static long inputSeed(long seed, int iteration) {
        return seed * 1_000_003L + iteration;
    }

    private static void assertLocated(InputProblem p, String where) {
        assertNotNull(p.file(), where);
        assertNotNull(p.message(), where);
        assertTrue(p.line() >= 0 && p.column() >= 0, () -> where + ": " + p.format());
        assertNotNull(p.format(), where);
    }

    /** Per file: read = used + rejected, used is what the dataset kept, and each rejected row has its reason. */
    private static void assertCountsReconcile(LoadedDataset loaded, String where) {
        Dataset d = loaded.dataset();
        List<Integer> kept = List.of(d.sources().size(), d.metrics().size(), d.taxonomy().size(),
                d.initiatives().size(), d.figures().size(), d.attributes().size());
        assertEquals(DataFile.values().length, loaded.counts().size(), where);
        for (int i = 0; i < DataFile.values().length; i++) {
            FileCount count = loaded.counts().get(i);
            String file = count.file();
            assertEquals(count.read(), count.used() + count.rejected(), where + ": " + count);
            assertEquals(kept.get(i), count.used(), where + ": used rows of " + file);
            Set<Long> linesWithAReason = new HashSet<>();
            loaded.rejects().stream().filter(p -> p.file().equals(file)).forEach(p -> linesWithAReason.add(p.line()));
            assertEquals(count.rejected(), linesWithAReason.size(),
                    () -> where + ": rejected rows of " + file + " vs lines with a problem " + loaded.rejects());
        }
    }

    private static Map<String, byte[]> minimalDataset() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String file : FILES) {
            files.put(file, Files.readAllBytes(TestPaths.resource("datasets/minimal/" + file)));
        }
        return files;
    }

    /** One to three files changed by one to four mutations each; rarely (1 in 100), a file removed. */
    private static Mutated mutate(Map<String, byte[]> minimal, Random random) {
        Map<String, byte[]> files = new LinkedHashMap<>(minimal);
        List<String> mutations = new ArrayList<>();
        // half the inputs keep their bytes sound, so that they get past the CSV reader to the row and cross checks
        boolean rowsOnly = random.nextBoolean();
        int changedFiles = 1 + random.nextInt(3);
        for (int f = 0; f < changedFiles; f++) {
            String file = FILES.get(random.nextInt(FILES.size()));
            if (random.nextInt(100) == 0) {
                files.put(file, null);
                mutations.add(file + ": removed");
                continue;
            }
            byte[] bytes = files.get(file) == null ? new byte[0] : files.get(file);
            int count = 1 + random.nextInt(4);
            for (int m = 0; m < count; m++) {
                Mutation mutation = rowsOnly ? ROW_MUTATIONS.get(random.nextInt(ROW_MUTATIONS.size()))
                        : Mutation.values()[random.nextInt(Mutation.values().length)];
                int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
                bytes = mutation.apply(bytes, at, random);
                mutations.add(file + ": " + mutation.name().toLowerCase(Locale.ROOT) + " at " + at);
            }
            files.put(file, bytes);
        }
        return new Mutated(files, mutations);
    }

    /** A changed dataset: the bytes of every file (null for a removed one) and what was done to it. */
    private record Mutated(Map<String, byte[]> files, List<String> mutations) {

        /** Writes the dataset's files (all but the removed ones) below {@code root}. */
        void writeTo(Path root) throws IOException {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (file.getValue() != null) {
                    Path path = root.resolve(file.getKey());
                    Files.createDirectories(path.getParent());
                    Files.write(path, file.getValue());
                }
            }
        }
    }

    /** A temporary folder on Linux's tmpfs {@code /dev/shm} when there is one, in the default place otherwise. */
    static final class MemoryFirst implements TempDirFactory {

        private static final Path SHARED_MEMORY = Path.of("/dev/shm");

        @Override
        public Path createTempDirectory(AnnotatedElementContext element, ExtensionContext context) throws IOException {
            return Files.isDirectory(SHARED_MEMORY) && Files.isWritable(SHARED_MEMORY)
                    ? Files.createTempDirectory(SHARED_MEMORY, "atlas-fuzz-")
                    : Files.createTempDirectory("atlas-fuzz-");
        }
    }

    private enum Mutation {
        FLIP_BIT {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                if (b.length == 0) {
                    return b;
                }
                byte[] out = b.clone();
                int i = Math.min(at, b.length - 1);
                out[i] = (byte) (out[i] ^ (1 << random.nextInt(8)));
                return out;
            }
        },
        QUOTE {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                return insert(b, at, "\"".getBytes(StandardCharsets.UTF_8));
            }
        },
        COMMA {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                return insert(b, at, ",".getBytes(StandardCharsets.UTF_8));
            }
        },
        LINE_BREAK {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                String[] breaks = {"\n", "\r\n", "\r", "\n\n"};
                return insert(b, at, breaks[random.nextInt(breaks.length)].getBytes(StandardCharsets.UTF_8));
            }
        },
        NUL {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                return insert(b, at, new byte[] {0});
            }
        },
        INVALID_UTF8 {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                byte[][] sequences = {{(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xE9, ','}, {(byte) 0x80},
                    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};
                return insert(b, at, sequences[random.nextInt(sequences.length)]);
            }
        },
        BYTE_ORDER_MARK {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFF, (byte) 0xFE},
                    {(byte) 0xFE, (byte) 0xFF}};
                return insert(b, random.nextBoolean() ? 0 : at, marks[random.nextInt(marks.length)]);
            }
        },
        TRUNCATE {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                return Arrays.copyOf(b, Math.min(at, b.length));
            }
        },
        DELETE_RANGE {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                int from = Math.min(at, b.length);
                int to = Math.min(b.length, from + 1 + random.nextInt(40));
                return concat(Arrays.copyOfRange(b, 0, from), Arrays.copyOfRange(b, to, b.length));
            }
        },
        DUPLICATE_LINE {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                List<String> lines = lines(b);
                lines.add(random.nextInt(lines.size() + 1), lines.get(row(lines, random)));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        },
        DELETE_LINE {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                List<String> lines = lines(b);
                lines.remove(row(lines, random));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        },
        REPLACE_CELL {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                // splitting on ',' ignores quoting on purpose: a mutation may break a quoted field
                List<String> lines = lines(b);
                int row = row(lines, random);
                List<String> cells = new ArrayList<>(Arrays.asList(lines.get(row).split(",", -1)));
                String cell = ODD_CELLS.get(random.nextInt(ODD_CELLS.size()));
                cells.set(random.nextInt(cells.size()), random.nextBoolean() ? cell
                        : "\"" + cell.replace("\"", "\"\"") + "\"");
                lines.set(row, String.join(",", cells));
                return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
            }
        },
        RANDOM_UNICODE {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                StringBuilder text = new StringBuilder();
                int length = 1 + random.nextInt(12);
                for (int i = 0; i < length; i++) {
                    text.appendCodePoint(randomCodePoint(random));
                }
                return insert(b, at, text.toString().getBytes(StandardCharsets.UTF_8));
            }
        },
        LONG_RUN {
            @Override
            byte[] apply(byte[] b, int at, Random random) {
                // around the field limit: just under, just over, or far over it
                int[] lengths = {CsvFile.MAX_FIELD_LENGTH - 10, CsvFile.MAX_FIELD_LENGTH + 1, 400_000};
                byte[] run = new byte[lengths[random.nextInt(lengths.length)]];
                Arrays.fill(run, (byte) (random.nextBoolean() ? 'x' : '"'));
                return insert(b, at, run);
            }
        };

        abstract byte[] apply(byte[] bytes, int at, Random random);
    }

    /** A code point from the ranges that trouble text handling: ASCII, Latin-1, marks, CJK, emoji, bidi, spaces. */
    private static int randomCodePoint(Random random) {
        int[][] ranges = {{0x20, 0x7E}, {0x00, 0x1F}, {0xA0, 0xFF}, {0x300, 0x36F}, {0x4E00, 0x9FFF},
            {0xAC00, 0xD7A3}, {0x1F300, 0x1F64F}, {0x2000, 0x206F}, {0xFE00, 0xFEFF}, {0xFF00, 0xFFEF},
            {0x660, 0x669}, {0x10000, 0x10FFFF}};
        int[] range = ranges[random.nextInt(ranges.length)];
        return range[0] + random.nextInt(range[1] - range[0] + 1);
    }

    /** A line to change: a data row, or the header one time in twenty (a header change stops the whole file). */
    private static int row(List<String> lines, Random random) {
        return lines.size() > 1 && random.nextInt(20) != 0 ? 1 + random.nextInt(lines.size() - 1)
                : random.nextInt(lines.size());
    }

    private static List<String> lines(byte[] bytes) {
        return new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
    }

    private static byte[] insert(byte[] bytes, int at, byte[] inserted) {
        int i = Math.min(at, bytes.length);
        return concat(concat(Arrays.copyOfRange(bytes, 0, i), inserted), Arrays.copyOfRange(bytes, i, bytes.length));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length + b.length);
        out.writeBytes(a);
        out.writeBytes(b);
        return out.toByteArray();
    }
}
