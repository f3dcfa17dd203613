package org.strategyatlas.extract;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The extraction job on Spark: reads every file under the input folders as (path, bytes) with
 * {@code binaryFiles}, applies {@link Extractor} to each document on the executors ({@link ExtractPartition}, the
 * lexicons broadcast once), sorts the candidates by document and offset, and streams them to the driver partition by
 * partition ({@code toLocalIterator}) into a sink, which writes one CSV file. The same code runs embedded and on a
 * cluster; nothing is collected whole on the driver but the list of unreadable files.
 */
public final class ExtractJob {

    /** Receives the candidates in order of document, then offset. */
    @FunctionalInterface
    public interface CandidateSink {
        void accept(Candidate candidate) throws IOException;
    }

    private static final String RECURSIVE = "mapreduce.input.fileinputformat.input.dir.recursive";
    private static final int SKIPPED_EXAMPLES = 5;

    private ExtractJob() {
    }

    /**
     * Extracts the candidates of every document under {@code options.inputs()} into {@code sink}.
     *
     * @throws FileNotFoundException if an input matches no file or folder
     * @throws IOException           if the lexicons in data/ cannot be read, or the sink fails
     */
    public static ExtractSummary run(SparkSession spark, ExtractOptions options, CandidateSink sink)
            throws IOException {
        return run(spark, options.inputs(), ExtractLexicons.load(options.dataDir()), sink);
    }

    /**
     * Extracts with lexicons already loaded (a command loads them first, so bad data/ fails before Spark starts).
     *
     * @throws FileNotFoundException if an input matches no file or folder
     * @throws IOException           if the sink fails
     */
    public static ExtractSummary run(SparkSession spark, List<String> inputs, ExtractLexicons lexicons,
                                     CandidateSink sink) throws IOException {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<String> folders = new ArrayList<>();
        List<String> paths = resolve(inputs, jsc.hadoopConfiguration(), folders);
        Broadcast<ExtractLexicons> broadcast = jsc.broadcast(lexicons);
        JavaRDD<Row> rows = readAll(jsc, paths)
                .mapPartitions(new ExtractPartition(broadcast, new DocumentNames(folders)))
                .persist(StorageLevel.MEMORY_AND_DISK()); // the sort samples its input: extract once, not twice
        try {
            Iterator<Row> sorted = spark.createDataFrame(rows, ExtractRows.SCHEMA)
                    .orderBy("kind", "document", "offset").toLocalIterator();
            return drain(sorted, sink);
        } finally {
            rows.unpersist(false);
            broadcast.destroy();
        }
    }

    /** The files under {@code paths}, folders searched recursively (only for this read: the setting is restored). */
    private static JavaPairRDD<String, PortableDataStream> readAll(JavaSparkContext jsc, List<String> paths) {
        Configuration conf = jsc.hadoopConfiguration();
        String before = conf.get(RECURSIVE);
        conf.set(RECURSIVE, "true");
        try {
            // binaryFiles copies the configuration now, so restoring it afterwards is safe
            return jsc.binaryFiles(String.join(",", paths), jsc.defaultParallelism());
        } finally {
            if (before == null) {
                conf.unset(RECURSIVE);
            } else {
                conf.set(RECURSIVE, before);
            }
        }
    }

    /** Qualified paths of the inputs (globs expanded); folders among them are added to {@code folders}. */
    private static List<String> resolve(List<String> inputs, Configuration conf, List<String> folders)
            throws IOException {
        List<String> paths = new ArrayList<>();
        for (String input : inputs) {
            Path path = new Path(input);
            FileSystem fs = path.getFileSystem(conf);
            FileStatus[] matches = fs.globStatus(path);
            if (matches == null || matches.length == 0) {
                throw new FileNotFoundException(input + ": no such file or folder");
            }
            for (FileStatus match : matches) {
                String qualified = fs.makeQualified(match.getPath()).toString();
                paths.add(qualified);
                if (match.isDirectory()) {
                    folders.add(qualified);
                }
            }
        }
        return paths;
    }

    private static ExtractSummary drain(Iterator<Row> sorted, CandidateSink sink) throws IOException {
        long documents = 0;
        long candidates = 0;
        long skipped = 0;
        List<FileProblem> unreadable = new ArrayList<>();
        List<String> skippedExamples = new ArrayList<>();
        while (sorted.hasNext()) {
            Row row = sorted.next();
            switch (row.getInt(0)) {
                case ExtractRows.COUNT -> documents += row.getLong(3);
                case ExtractRows.PROBLEM -> unreadable.add(new FileProblem(row.getString(1), row.getString(15)));
                case ExtractRows.SKIPPED -> {
                    if (skipped++ < SKIPPED_EXAMPLES) {
                        skippedExamples.add(row.getString(1));
                    }
                }
                default -> {
                    sink.accept(ExtractRows.candidate(row));
                    candidates++;
                }
            }
        }
        return new ExtractSummary(documents, candidates, unreadable, skipped, skippedExamples);
    }
}
