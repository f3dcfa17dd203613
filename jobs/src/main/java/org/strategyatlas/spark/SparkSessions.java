package org.strategyatlas.spark;

import org.apache.spark.sql.SparkSession;

/** Builds the job's SparkSession: embedded {@code local[*]} by default, any cluster by its master URL. */
public final class SparkSessions {

    /** The default master: embedded Spark on every core of this machine. */
    public static final String LOCAL = "local[*]";

    private SparkSessions() {
    }

    public static SparkSession create(String master) {
        return SparkSession.builder()
                .appName("strategy-atlas")
                .master(master)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC")
                // small curated inputs: a few partitions beat Spark's default of 200 shuffle partitions
                .config("spark.sql.shuffle.partitions", "8")
                .config("spark.sql.adaptive.enabled", "true")
                // the normalised table has ~40 columns; Spark warns about plans wider than 25
                .config("spark.sql.debug.maxToStringFields", "200")
                .getOrCreate();
    }
}
