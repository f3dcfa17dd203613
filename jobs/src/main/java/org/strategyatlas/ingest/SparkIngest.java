package org.strategyatlas.ingest;

import static org.apache.spark.sql.functions.col;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.strategyatlas.model.Attribute;
import org.strategyatlas.model.Figure;
import org.strategyatlas.model.Initiative;
import org.strategyatlas.model.Metric;
import org.strategyatlas.model.Source;
import org.strategyatlas.model.TaxonomyEntry;
import org.strategyatlas.util.DisplayPaths;
import org.strategyatlas.util.Hashing;
import scala.Tuple2;

/**
 * Ingest at scale: the record files (initiatives, figures, attributes) are read by Spark's executors, line by
 * line with their line numbers, and checked there with the same rules, messages and locations as
 * {@link DatasetLoader}; the checks across rows (unique ids, references, containment cycles) are Spark joins.
 * The small catalogues (sources, metrics, taxonomy) are read on the driver as before. Record-level data stays
 * in Spark: only problems, counts and catalogues reach the driver.
 *
 * <p>One rule more than the driver's reader: every record is on one line (a quoted field may not hold a line
 * break), because a file split among executors is cut at line ends. Strict mode only: any problem stops the run.
 */
public final class SparkIngest {

    /** Above this many bytes of record files, {@code auto} ingest reads with Spark. */
    public static final long AUTO_THRESHOLD_BYTES = 64L * 1024 * 1024;
    /** Problems listed at most; the rest are counted. */
    static final int MAX_PROBLEMS = 1_000;
    /** The record files, read by the executors. */
    static final List<DataFile> RECORD_FILES = List.of(DataFile.INITIATIVES, DataFile.FIGURES, DataFile.ATTRIBUTES);

    static final StructType PROBLEM = new StructType()
            .add("line", DataTypes.LongType, false)
            .add("column", DataTypes.IntegerType, false)
            .add("column_name", DataTypes.StringType, true)
            .add("value", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, false)
            .add("expected", DataTypes.StringType, true)
            .add("phrase", DataTypes.BooleanType, false);

    private final SparkSession spark;
    private final Path dataDir;
    private final Path seedsDir;
    private final Set<String> economies;
    private final SourceTexts texts;

    public SparkIngest(SparkSession spark, Path dataDir, Path seedsDir, Set<String> economies, SourceTexts texts) {
        this.spark = spark;
        this.dataDir = dataDir;
        this.seedsDir = seedsDir;
        this.economies = Set.copyOf(economies);
        this.texts = texts;
    }

    /** Whether the record files of {@code dataDir} together exceed {@link #AUTO_THRESHOLD_BYTES}. */
    public static boolean large(Path dataDir) {
        long bytes = 0;
        for (DataFile file : RECORD_FILES) {
            try {
                bytes += Files.size(dataDir.resolve(fileName(file)));
            } catch (IOException e) {
                return false; // the driver's reader reports the missing file
            }
        }
        return bytes > AUTO_THRESHOLD_BYTES;
    }

    public SparkDataset load() throws InputException {
        Map<DataFile, Path> paths = new LinkedHashMap<>();
        for (DataFile file : DataFile.values()) {
            paths.put(file, file == DataFile.SOURCES ? seedsDir.resolve(fileName(file))
                    : dataDir.resolve(fileName(file)));
        }
        // the SHA-256 of gigabytes takes seconds: hash while Spark reads
        Map<DataFile, CompletableFuture<String>> hashes = new LinkedHashMap<>();
        paths.forEach((file, path) -> hashes.put(file, CompletableFuture.supplyAsync(() -> hash(path))));

        List<InputProblem> problems = new ArrayList<>();
        Parsed<Source> sources = catalogue(DataFile.SOURCES, paths, Mappers::source, problems);
        Parsed<Metric> metrics = catalogue(DataFile.METRICS, paths, Mappers::metric, problems);
        Parsed<TaxonomyEntry> taxonomy = catalogue(DataFile.TAXONOMY, paths, Mappers::taxonomy, problems);
        Map<DataFile, List<String>> headers = new LinkedHashMap<>();
        for (DataFile file : RECORD_FILES) {
            try {
                headers.put(file, header(paths.get(file), display(paths.get(file)), file.columns()));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        if (sources == null || metrics == null || taxonomy == null || headers.size() < RECORD_FILES.size()) {
            throw new InputException(problems);
        }
        problems.addAll(sources.problems());
        problems.addAll(metrics.problems());
        problems.addAll(taxonomy.problems());

        CrossChecks checks = new CrossChecks();
        Map<String, Source> sourceById = checks.unique(sources, "id", Source::id);
        checks.sourceFiles(sources);
        Map<String, Metric> metricById = checks.unique(metrics, "metric", Metric::metric);
        checks.unique(taxonomy, "language", t -> t.attribute() + "/" + t.language());
        checks.taxonomyHasEnglish(taxonomy);
        problems.addAll(checks.problems());
        Lookups lookups = new Lookups(economies, known(sourceById.keySet(), sources, "id"), metricById,
                known(metricById.keySet(), metrics, "metric"),
                known(taxonomy.records().stream().map(TaxonomyEntry::attribute).collect(Collectors.toSet()), taxonomy,
                        "attribute"), new QuoteCheck(texts, sourceById).heldTexts());
        Broadcast<Lookups> shared = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(lookups);

        Map<DataFile, Dataset<Row>> parsed = new LinkedHashMap<>();
        for (DataFile file : RECORD_FILES) {
            parsed.put(file, read(file, paths.get(file), headers.get(file), shared).persist());
        }
        RecordChecks rows = new RecordChecks(parsed, this::display, paths, headers);
        List<InputProblem> found = rows.run(MAX_PROBLEMS + 1 - Math.min(problems.size(), MAX_PROBLEMS));
        problems.addAll(found);
        long total = problems.size() + rows.unlisted();
        if (!problems.isEmpty()) {
            parsed.values().forEach(Dataset::unpersist);
            List<InputProblem> listed = problems.stream().sorted().limit(MAX_PROBLEMS).collect(Collectors.toList());
            if (total > listed.size()) {
                listed.add(InputProblem.ofFile(display(paths.get(DataFile.FIGURES)).replace("figures.csv", ""),
                        String.format(Locale.ROOT, "%,d more problems not listed (%,d in all)",
                                total - listed.size(), total),
                        "fix the problems listed and run again"));
            }
            throw new InputException(listed);
        }
        List<FileCount> counts = new ArrayList<>();
        for (DataFile file : DataFile.values()) {
            Path path = paths.get(file);
            long read = switch (file) {
                case SOURCES -> sources.read();
                case METRICS -> metrics.read();
                case TAXONOMY -> taxonomy.read();
                default -> rows.read(file);
            };
            counts.add(new FileCount(display(path), join(hashes.get(file), path), size(path), Math.toIntExact(read),
                    Math.toIntExact(read), 0));
        }
        return new SparkDataset(sources.records(), metrics.records(), taxonomy.records(),
                parsed.get(DataFile.INITIATIVES), parsed.get(DataFile.FIGURES), parsed.get(DataFile.ATTRIBUTES),
                counts);
    }

    private <T> Parsed<T> catalogue(DataFile file, Map<DataFile, Path> paths, RowMapper<T> mapper,
                                    List<InputProblem> problems) {
        Path path = paths.get(file);
        try {
            return RowMapper.mapAll(CsvFile.read(path, display(path), file.columns()), mapper);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The header of a record file, read and checked on the driver as the driver's reader would. */
    static List<String> header(Path path, String display, List<String> required) throws InputException {
        String first;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            first = in.readLine();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new InputException(InputProblem.ofFile(display, "file not found",
                    "a CSV file at " + path.toAbsolutePath().normalize()));
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(display, "cannot read the header: " + e.getMessage(),
                    "a UTF-8 file whose first line names the columns " + required));
        }
        if (first == null || first.isBlank()) {
            throw new InputException(InputProblem.ofFile(display, "file is empty",
                    "a header row naming the columns " + required));
        }
        CsvFile header = CsvFile.parse(first, display, required);
        return header.headerNames();
    }

    private Dataset<Row> read(DataFile file, Path path, List<String> header, Broadcast<Lookups> lookups) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String display = display(path);
        JavaRDD<Tuple2<Long, byte[]>> lines = jsc.hadoopFile(path.toUri().toString(), TextInputFormat.class,
                        LongWritable.class, Text.class, spark.sparkContext().defaultParallelism())
                .map(t -> new Tuple2<>(t._1().get(), Arrays.copyOf(t._2().getBytes(), t._2().getLength())));
        LineParser parser = new LineParser(file, display, header, lookups);
        JavaRDD<Row> rows = lines.zipWithIndex().mapPartitions(parser::parse);
        return spark.createDataFrame(rows, LineParser.schema(file));
    }

    /** Raw ids of every row (valid or not) plus the valid ones: a reference to a broken row is not "unknown". */
    private static Set<String> known(Set<String> valid, Parsed<?> parsed, String column) {
        Set<String> all = new HashSet<>(valid);
        all.addAll(parsed.rejectedCells(column));
        return all;
    }

    private String display(Path path) {
        return DisplayPaths.of(path);
    }

    private static String fileName(DataFile file) {
        return Path.of(file.relativePath()).getFileName().toString();
    }

    private static String hash(Path path) {
        try {
            return Hashing.sha256(path);
        } catch (IOException e) {
            return "";
        }
    }

    private static String join(CompletableFuture<String> hash, Path path) throws InputException {
        try {
            String value = hash.get();
            if (value.isEmpty()) {
                throw new InputException(InputProblem.ofFile(DisplayPaths.of(path), "cannot read file", null));
            }
            return value;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException(InputProblem.ofFile(DisplayPaths.of(path), "interrupted while hashing", null));
        } catch (ExecutionException e) {
            throw new InputException(InputProblem.ofFile(DisplayPaths.of(path), "cannot hash file: "
                    + e.getCause(), null));
        }
    }

    private static long size(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    /** What the per-row checks need from the catalogues and the reference data, shipped to every executor. */
    record Lookups(Set<String> economies, Set<String> sources, Map<String, Metric> metrics, Set<String> metricIds,
                   Set<String> attributes, Map<String, QuoteCheck.Held> held) implements java.io.Serializable {

        Lookups {
            economies = new HashSet<>(economies);
            sources = new HashSet<>(sources);
            metrics = new HashMap<>(metrics);
            metricIds = new HashSet<>(metricIds);
            attributes = new HashSet<>(attributes);
            held = new HashMap<>(held);
        }
    }

    /**
     * Turns the numbered lines of one record file into rows: the validated columns (all null when the row is
     * rejected), {@code _line}, {@code _key} (the raw id cell, for references to rejected rows) and
     * {@code _problems}; initiatives also carry {@code _contained_in} and {@code _overlaps}.
     */
    static final class LineParser implements java.io.Serializable {

        private final DataFile file;
        private final String display;
        private final List<String> header;
        private final Broadcast<Lookups> lookups;

        LineParser(DataFile file, String display, List<String> header, Broadcast<Lookups> lookups) {
            this.file = file;
            this.display = display;
            this.header = List.copyOf(header);
            this.lookups = lookups;
        }

        static StructType schema(DataFile file) {
            StructType schema = switch (file) {
                case INITIATIVES -> ValidatedRows.INITIATIVES;
                case FIGURES -> ValidatedRows.FIGURES;
                case ATTRIBUTES -> ValidatedRows.ATTRIBUTES;
                default -> throw new IllegalArgumentException(file + " is read on the driver");
            };
            schema = schema.add("_line", DataTypes.LongType, false)
                    .add("_key", DataTypes.StringType, true)
                    .add("_problems", DataTypes.createArrayType(PROBLEM, false), false);
            if (file == DataFile.INITIATIVES) {
                schema = schema.add("_overlaps", DataTypes.createArrayType(DataTypes.StringType, false), true)
                        .add("_announced_year", DataTypes.IntegerType, true);
            }
            return schema;
        }

        Iterator<Row> parse(Iterator<Tuple2<Tuple2<Long, byte[]>, Long>> lines) {
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                columns.putIfAbsent(header.get(i), i);
            }
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            Lookups shared = lookups.value();
            return new Iterator<>() {
                private Row next = advance();

                private Row advance() {
                    while (lines.hasNext()) {
                        Tuple2<Tuple2<Long, byte[]>, Long> line = lines.next();
                        long number = line._2() + 1;
                        if (number == 1) {
                            continue; // the header, checked on the driver
                        }
                        Row row = row(line._1()._1(), line._1()._2(), number, columns, decoder, shared);
                        if (row != null) {
                            return row;
                        }
                    }
                    return null;
                }

                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public Row next() {
                    Row current = next;
                    next = advance();
                    return current;
                }
            };
        }

        private Row row(long offset, byte[] bytes, long line, Map<String, Integer> columns, CharsetDecoder decoder,
                        Lookups lookups) {
            List<InputProblem> problems = new ArrayList<>();
            String text;
            try {
                text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                int bad = firstBadByte(bytes);
                problems.add(CsvFile.notUtf8(display, line, offset + bad, bytes[bad]));
                return rejected(line, null, problems);
            }
            if (text.isEmpty()) {
                return null; // a blank line, as the driver's reader skips it
            }
            if (text.indexOf('\0') >= 0) {
                problems.add(new InputProblem(display, line, 0, null, null, "file contains a NUL byte",
                        "a text file (is this a binary or UTF-16 file?)"));
                return rejected(line, null, problems);
            }
            List<String> values;
            if (text.indexOf('"') < 0) {
                values = Arrays.asList(text.split(",", -1)); // no quoting: the fields are what lies between commas
            } else {
                try (CSVParser parser = CSVParser.builder().setReader(new java.io.StringReader(text))
                        .setFormat(CsvFile.FORMAT).get()) {
                    List<CSVRecord> records = parser.getRecords();
                    values = records.isEmpty() ? List.of("") : records.get(0).toList();
                } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
                    InputProblem malformed = CsvFile.malformed(display, e);
                    problems.add(malformed.message().startsWith("unbalanced quote")
                            ? new InputProblem(display, line, 0, null, null,
                                    "unbalanced quote: a quoted field is not closed on its line",
                                    "RFC 4180 quoting, and every record on one line: files read with Spark (over "
                                            + AUTO_THRESHOLD_BYTES / (1024 * 1024)
                                            + " MiB) may not hold line breaks in fields")
                            : new InputProblem(display, line, 0, null, null, malformed.message(),
                                    malformed.expected()));
                    return rejected(line, null, problems);
                }
            }
            if (values.size() > header.size()) {
                problems.add(new InputProblem(display, line, header.size() + 1, null, values.get(header.size()),
                        "row has " + values.size() + " fields but the header has " + header.size(),
                        "one field per header column; quote a value that contains a comma"));
                return rejected(line, null, problems);
            }
            for (int i = 0; i < values.size(); i++) {
                if (values.get(i).length() > CsvFile.MAX_FIELD_LENGTH) {
                    problems.add(new InputProblem(display, line, i + 1, header.get(i), values.get(i),
                            String.format(Locale.ROOT, "field longer than %,d characters", CsvFile.MAX_FIELD_LENGTH),
                            "a curated value; is the file truncated or binary?"));
                    return rejected(line, null, problems);
                }
            }
            CsvRow csv = new CsvRow(display, line, columns, values);
            String key = file == DataFile.INITIATIVES ? csv.get("id").strip() : null;
            CrossChecks.At at = new CrossChecks.At(display, line, header);
            CrossChecks checks = new CrossChecks();
            List<InputProblem> phraseProblems = List.of();
            List<Object> cells;
            List<Object> after = List.of(); // the initiative's columns after _problems
            switch (file) {
                case INITIATIVES -> {
                    Initiative i = RowMapper.mapOne(csv, Mappers::initiative, problems);
                    if (i == null) {
                        return rejected(line, key, problems);
                    }
                    checks.initiative(at, i, lookups.economies(), lookups.sources());
                    cells = new ArrayList<>(ValidatedRows.initiative(i));
                    after = List.of(i.overlapsWith().toArray(new String[0]), i.announced().year());
                }
                case FIGURES -> {
                    Figure f = RowMapper.mapOne(csv, Mappers::figure, problems);
                    if (f == null) {
                        return rejected(line, key, problems);
                    }
                    checks.figure(at, f, lookups.metrics(), lookups.metricIds(), lookups.sources());
                    QuoteStatus quote = QuoteCheck.judge(at, "as_stated", f.source(), f.asStated(),
                            lookups.held().get(f.source()), checks.problems());
                    PhraseCheck phrase = new PhraseCheck();
                    phrase.check(at, f);
                    phraseProblems = phrase.problems();
                    cells = new ArrayList<>(ValidatedRows.figure(f, quote));
                }
                case ATTRIBUTES -> {
                    Attribute a = RowMapper.mapOne(csv, Mappers::attribute, problems);
                    if (a == null) {
                        return rejected(line, key, problems);
                    }
                    checks.attribute(at, a, lookups.attributes(), lookups.sources());
                    QuoteStatus quote = QuoteCheck.judge(at, "evidence", a.source(), a.evidence(),
                            lookups.held().get(a.source()), checks.problems());
                    cells = new ArrayList<>(ValidatedRows.attribute(a, quote));
                    key = a.key();
                }
                default -> throw new IllegalStateException(file + " is read on the driver");
            }
            cells.add(line);
            cells.add(key);
            cells.add(problems(checks.problems(), phraseProblems));
            cells.addAll(after);
            return RowFactory.create(cells.toArray());
        }

        private Row rejected(long line, String key, List<InputProblem> problems) {
            int width = schema(file).size();
            Object[] cells = new Object[width];
            int extra = file == DataFile.INITIATIVES ? 5 : 3;
            cells[width - extra] = line;
            cells[width - extra + 1] = key;
            cells[width - extra + 2] = problems(problems, List.of());
            return RowFactory.create(cells);
        }

        private static Row[] problems(List<InputProblem> problems, List<InputProblem> phrase) {
            List<Row> rows = new ArrayList<>();
            problems.forEach(p -> rows.add(problemRow(p, false)));
            phrase.forEach(p -> rows.add(problemRow(p, true)));
            return rows.toArray(new Row[0]);
        }

        private static Row problemRow(InputProblem p, boolean phrase) {
            return RowFactory.create(p.line(), p.column(), p.columnName(), p.value(), p.message(), p.expected(),
                    phrase);
        }

        private static int firstBadByte(byte[] bytes) {
            CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
            return Math.min(in.position(), bytes.length - 1);
        }
    }
}
