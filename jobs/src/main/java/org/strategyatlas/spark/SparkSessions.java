package org.strategyatlas.spark;

import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Arrays;
import java.util.Optional;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the job's SparkSession: embedded {@code local[*]} by default, any cluster by its master URL.
 *
 * <p>On a cluster the executors run the job's own functions (the normalisation, the lambdas of the aggregations),
 * so they need the job's classes. {@code spark-submit} ships its application jar itself. When the job is started
 * directly against a cluster ({@code ./atlas run --master spark://host:7077}), the jar this class was loaded from
 * ({@code jobs/target/strategy-atlas-jobs.jar}) is added to {@code spark.jars} and the driver serves it to the
 * executors; the executors' own Spark installation provides Spark and its dependencies.
 */
public final class SparkSessions {

    /** The default master: embedded Spark on every core of this machine. */
    public static final String LOCAL = "local[*]";

    private SparkSessions() {
    }

    /**
     * A session on {@code master}. The default {@link #LOCAL} yields to a master already in Spark's configuration:
     * {@code spark-submit --master yarn ... run} runs on YARN without repeating the master after {@code run}.
     */
    public static SparkSession create(String master) {
        // new SparkConf() reads the spark.* system properties: what spark-submit or -Dspark.x=... already set
        SparkConf conf = new SparkConf();
        String effective = LOCAL.equals(master) ? conf.get("spark.master", master) : master;
        SparkSession.Builder builder = SparkSession.builder()
                .appName("strategy-atlas")
                .master(effective)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                // small curated inputs: a few partitions beat Spark's default of 200 shuffle partitions
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.adaptive.enabled", "true")
                // the normalised table has ~40 columns; Spark warns about plans wider than 25
                .config("spark.sql.debug.maxToStringFields", "200");
        jarsForExecutors(effective, conf, jobJar()).ifPresent(jars -> builder.config("spark.jars", jars));
        return builder.getOrCreate();
    }

    /**
     * The {@code spark.jars} that ships the job's jar to a cluster's executors; empty when nothing needs adding:
     * embedded Spark (one JVM), a launch by spark-submit (it sets {@code spark.submit.deployMode} and ships the
     * application jar), or the jar already listed.
     *
     * @param jobJar where the job's classes were loaded from (a jar, or a classes folder in a build or an IDE)
     * @throws IllegalStateException when a cluster would get no jar of the job at all
     */
    static Optional<String> jarsForExecutors(String master, SparkConf conf, Optional<Path> jobJar) {
        boolean embedded = master.equals("local") || master.startsWith("local[");
        if (embedded || conf.contains("spark.submit.deployMode")) {
            return Optional.empty();
        }
        String jars = conf.get("spark.jars", "").strip();
        Optional<Path> jar = jobJar.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".jar"));
        if (jar.isEmpty()) {
            if (!jars.isEmpty()) {
                return Optional.empty(); // whoever set spark.jars ships the job's classes
            }
            throw new IllegalStateException("the job's classes were loaded from "
                    + jobJar.map(Path::toString).orElse("an unknown location") + ", not from a jar, so the executors"
                    + " of " + master + " could not load them; run the packaged jar (./atlas run --master "
                    + master + "), use spark-submit with the application jar (mvn -Pcluster package), or list a"
                    + " jar of the job in spark.jars");
        }
        String path = jar.get().toAbsolutePath().toString();
        if (Arrays.asList(jars.split(",")).contains(path)) {
            return Optional.empty();
        }
        return Optional.of(jars.isEmpty() ? path : jars + "," + path);
    }

    private static Optional<Path> jobJar() {
        CodeSource source = SparkSessions.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty(); // not a file: nothing this class can ship
        }
    }
}
