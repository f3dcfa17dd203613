package org.strategyatlas;

import org.apache.spark.sql.SparkSession;
import org.strategyatlas.spark.SparkSessions;

/** One embedded SparkSession for the whole test JVM: starting Spark costs seconds, so tests share it. */
public final class SharedSpark {

    private static SparkSession session;

    private SharedSpark() {
    }

    public static synchronized SparkSession session() {
        if (session == null || session.sparkContext().isStopped()) {
            session = SparkSessions.create("local[2]");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }
}
