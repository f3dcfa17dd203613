package org.strategyatlas.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.strategyatlas.TestPaths;

/**
 * Runs the main job on a real Spark standalone cluster (a Master and a Worker started from the Maven classpath on
 * 127.0.0.1) as {@code ./atlas run --master spark://...} would, and on embedded Spark, and checks that the cluster's
 * executor did the work and that every table is byte-identical.
 */
class StandaloneClusterIT {

    private static final String HOST = "127.0.0.1";
    private static final Duration CLUSTER_START = Duration.ofSeconds(120);
    private static final Duration JOB = Duration.ofMinutes(8);
    private static final Duration STOP = Duration.ofSeconds(20);
    private static final Pattern EXECUTOR_PID = Pattern.compile("Started daemon with process name: (\\d+)@");

    @TempDir
    static Path temp;

    /** Every process this test started, in order: the Master, the Worker and the job's runs. */
    private static final List<Process> started = new ArrayList<>();
    private static final Thread STOP_ON_EXIT = new Thread(StandaloneClusterIT::stopAll);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static Path jar;
    private static Path lib;
    private static String masterUrl;
    private static int masterUi;

    @BeforeAll
    static void startCluster() throws Exception {
        jar = Path.of(System.getProperty("atlas.jobs.jar", "jobs/target/strategy-atlas-jobs.jar")).toAbsolutePath();
        lib = Path.of(System.getProperty("atlas.jobs.lib", "jobs/target/lib")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar) && Files.isDirectory(lib), "no " + jar + " and " + lib
                + ": integration tests run after package (mvn verify)");
        // the Worker builds its executors' classpath from SPARK_HOME/jars; the Maven copy holds Spark's jars
        Path sparkHome = Files.createDirectories(temp.resolve("spark-home"));
        Files.createSymbolicLink(sparkHome.resolve("jars"), lib);
        Runtime.getRuntime().addShutdownHook(STOP_ON_EXIT); // a killed test run (fork timeout) stops them too

        int masterPort = freePort();
        masterUi = freePort();
        masterUrl = "spark://" + HOST + ":" + masterPort;
        Process master = daemon("master", Map.of(), List.of("-Xmx512m", "-Dspark.master.rest.enabled=false"),
                "org.apache.spark.deploy.master.Master", "--host", HOST, "--port", String.valueOf(masterPort),
                "--webui-port", String.valueOf(masterUi));
        await("the master to start", () -> "ALIVE".equals(masterJson().path("status").asText()), master);
        Process worker = daemon("worker",
                // a Spark distribution's launch scripts set SPARK_SCALA_VERSION; without it executors cannot start
                Map.of("SPARK_HOME", sparkHome.toString(), "SPARK_SCALA_VERSION", "2.13",
                        "SPARK_LOCAL_DIRS", Files.createDirectories(temp.resolve("worker-local")).toString()),
                List.of("-Xmx512m"), "org.apache.spark.deploy.worker.Worker", "--host", HOST, "--cores", "1",
                "--memory", "2g", "--webui-port", String.valueOf(freePort()),
                "--work-dir", temp.resolve("work").toString(), masterUrl);
        await("the worker to register with the master", () -> masterJson().path("aliveworkers").asInt() == 1,
                master, worker);
    }

    @AfterAll
    static void stopCluster() throws IOException {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(STOP_ON_EXIT);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
        // the link, not the Maven folder it points to
        Files.deleteIfExists(temp.resolve("spark-home/jars"));
    }

    @Test
    void theClusterRunsTheJobInItsExecutorAndWritesTheTablesOfAnEmbeddedRun() throws Exception {
        Path clusterOut = temp.resolve("cluster");
        Process driver = runJob(masterUrl, clusterOut);
        runJob("local[2]", temp.resolve("local"));

        await("the application to complete on the master", () -> completedApp().isPresent());
        JsonNode app = completedApp().orElseThrow();
        assertEquals("FINISHED", app.path("state").asText(), app::toString);
        assertEquals(1, app.path("cores").asInt(), app::toString);
        String executorLog = executorLogs(app.path("id").asText());
        assertTrue(executorLog.lines().anyMatch(l -> l.contains("Adding file:") && l.contains(jar.getFileName()
                .toString())), "the executor did not load the job's jar (spark.jars):\n" + tail(executorLog));
        long tasks = executorLog.lines().filter(l -> l.contains("Executor: Finished task")).count();
        assertTrue(tasks > 0, "no task finished in the executor:\n" + tail(executorLog));
        Matcher pid = EXECUTOR_PID.matcher(executorLog);
        assertTrue(pid.find(), "no executor process id in its log");
        assertNotEquals(driver.pid(), Long.parseLong(pid.group(1)), "the tasks ran in the driver's process");
        assertTrue(Files.readString(clusterOut.resolve("latest/manifest.json")).contains(masterUrl),
                "manifest.json does not record the cluster's master " + masterUrl);

        assertSameTables(temp.resolve("local/latest/tables"), clusterOut.resolve("latest/tables"));
    }

    /** Every tables/*.csv byte for byte (meta.json and the manifest carry the run id and timings: not compared). */
    private static void assertSameTables(Path expected, Path actual) throws IOException {
        List<String> names = csvNames(expected);
        assertFalse(names.isEmpty(), "no tables in " + expected);
        assertEquals(names, csvNames(actual), "the same tables");
        for (String name : names) {
            List<String> want = Files.readAllLines(expected.resolve(name));
            List<String> got = Files.readAllLines(actual.resolve(name));
            for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
                assertEquals(want.get(i), got.get(i), name + " line " + (i + 1) + " differs between local[2] and "
                        + masterUrl);
            }
            assertEquals(-1L, Files.mismatch(expected.resolve(name), actual.resolve(name)), name + " differs");
        }
    }

    private static List<String> csvNames(Path tables) throws IOException {
        try (Stream<Path> files = Files.list(tables)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
        }
    }

    /** What {@code ./atlas run --master M} runs: the thin jar and target/lib, from the repository root. */
    private static Process runJob(String master, Path out) throws Exception {
        Path root = TestPaths.root();
        String name = "run-" + out.getFileName();
        Process p = start(name, Map.of(), List.of("-Xmx2g", "-Dspark.driver.host=" + HOST), List.of("-cp",
                jar + java.io.File.pathSeparator + lib.resolve("*"), "org.strategyatlas.cli.AtlasCommand", "run",
                "--quiet", "--master", master, "--data", root.resolve("data").toString(), "--seeds",
                root.resolve("seeds").toString(), "--reference", root.resolve("data/reference").toString(),
                "--out", out.toString()));
        try {
            if (!p.waitFor(JOB.toSeconds(), TimeUnit.SECONDS)) {
                fail("the run on " + master + " did not finish within " + JOB + ":\n" + tail(log(name)));
            }
            assertEquals(0, p.exitValue(), () -> "the run on " + master + " failed:\n" + tail(log(name)));
            return p;
        } finally {
            stop(p);
        }
    }

    private static Process daemon(String name, Map<String, String> env, List<String> jvm, String... args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("-cp", lib.resolve("*").toString()));
        command.addAll(List.of(args));
        return start(name, env, jvm, command);
    }

    private static Process start(String name, Map<String, String> env, List<String> jvm, List<String> args)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "@" + TestPaths.root().resolve("jvm.args")));
        command.addAll(jvm);
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(TestPaths.root().toFile())
                .redirectErrorStream(true).redirectOutput(log(name).toFile());
        builder.environment().put("SPARK_LOCAL_IP", HOST); // every socket on the loopback address only
        builder.environment().put("TZ", "UTC");
        builder.environment().putAll(env);
        synchronized (started) {
            Process p = builder.start();
            started.add(p);
            return p;
        }
    }

    /** Stops the runs, the Worker (and with it its executors), then the Master; and any descendant left. */
    private static void stopAll() {
        List<Process> all;
        synchronized (started) {
            all = new ArrayList<>(started);
            started.clear();
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            stop(all.get(i));
        }
    }

    private static void stop(Process p) {
        List<ProcessHandle> descendants = p.descendants().toList();
        p.destroy();
        try {
            if (!p.waitFor(STOP.toSeconds(), TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor(STOP.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (ProcessHandle child : descendants) {
            child.destroy();
            try {
                child.onExit().get(STOP.toSeconds(), TimeUnit.SECONDS);
            } catch (TimeoutException | ExecutionException e) {
                child.destroyForcibly();
            } catch (InterruptedException e) {
                child.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void await(String what, BooleanSupplier done, Process... watched) throws InterruptedException {
        long deadline = System.nanoTime() + CLUSTER_START.toNanos();
        while (!done.getAsBoolean()) {
            for (Process p : watched) {
                if (!p.isAlive()) {
                    fail("waiting for " + what + ": a daemon exited with code " + p.exitValue() + ":\n" + logs());
                }
            }
            if (System.nanoTime() > deadline) {
                fail("waited " + CLUSTER_START + " for " + what + ":\n" + logs());
            }
            Thread.sleep(500);
        }
    }

    private static Optional<JsonNode> completedApp() {
        return StreamSupport.stream(masterJson().path("completedapps").spliterator(), false)
                .filter(a -> "strategy-atlas".equals(a.path("name").asText())).findFirst();
    }

    private static JsonNode masterJson() {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + HOST + ":" + masterUi + "/json/"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? JSON.readTree(response.body()) : MissingNode.getInstance();
        } catch (IOException e) {
            return MissingNode.getInstance(); // not up yet
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return MissingNode.getInstance();
        }
    }

    /** The stderr of every executor of an application: Spark's standalone Worker keeps them under its work dir. */
    private static String executorLogs(String appId) throws IOException {
        Path appDir = temp.resolve("work").resolve(appId);
        assertTrue(Files.isDirectory(appDir), "the worker started no executor for " + appId);
        StringBuilder text = new StringBuilder();
        try (Stream<Path> executors = Files.list(appDir)) {
            for (Path stderr : executors.map(d -> d.resolve("stderr")).filter(Files::isRegularFile).sorted()
                    .toList()) {
                text.append(Files.readString(stderr));
            }
        }
        return text.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    private static Path log(String name) {
        return temp.resolve(name + ".log");
    }

    private static String logs() {
        StringBuilder text = new StringBuilder();
        for (String name : List.of("master", "worker")) {
            try {
                text.append("--- ").append(name).append(".log\n").append(tail(Files.readString(log(name))));
            } catch (IOException e) {
                text.append("--- no ").append(name).append(".log: ").append(e).append('\n');
            }
        }
        return text.toString();
    }

    private static String tail(Path file) {
        try {
            return tail(Files.readString(file));
        } catch (IOException e) {
            return "(no " + file + ": " + e + ")";
        }
    }

    private static String tail(String text) {
        List<String> lines = text.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())) + "\n";
    }
}
