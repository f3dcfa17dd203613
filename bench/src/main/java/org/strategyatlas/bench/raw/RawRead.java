package org.strategyatlas.bench.raw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.strategyatlas.bench.Median;

/**
 * The raw read limit: the time to read CSV files and split them into fields on {@code threads} threads, each
 * file cut into one range per thread at line boundaries. One untimed pass first (it also brings the files into
 * the page cache), then the median of the timed passes.
 */
public final class RawRead {

    private RawRead() {
    }

    /** Bytes, data records (header lines excluded) and fields of all files, and seconds per timed pass. */
    public record Result(long bytes, long records, long fields, long irregular, int threads, List<Double> seconds) {

        public Result {
            seconds = List.copyOf(seconds);
        }

        public double medianSeconds() {
            return Median.of(seconds);
        }
    }

    public static Result run(List<Path> files, int threads, int runs) throws IOException, InterruptedException {
        if (threads < 1 || runs < 1) {
            throw new IllegalArgumentException("threads and runs must be at least 1, not " + threads + ", " + runs);
        }
        List<ByteRange> ranges = new ArrayList<>();
        List<Integer> expected = new ArrayList<>();
        long bytes = 0;
        for (Path file : files) {
            long body = LineRanges.afterFirstLine(file);
            int headerFields = headerFields(file, body);
            for (ByteRange range : LineRanges.split(file, body, threads)) {
                ranges.add(range);
                expected.add(headerFields);
            }
            bytes += Files.size(file);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            FieldCounter.Counts counts = pass(pool, ranges, expected);
            double[] seconds = new double[runs];
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                FieldCounter.Counts again = pass(pool, ranges, expected);
                seconds[i] = (System.nanoTime() - start) / 1e9;
                if (!again.equals(counts)) {
                    throw new IllegalStateException("pass " + (i + 1) + " counted " + again + ", the first " + counts);
                }
            }
            return new Result(bytes, counts.records(), counts.fields(), counts.irregular(), threads,
                    Arrays.stream(seconds).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
    }

    private static FieldCounter.Counts pass(ExecutorService pool, List<ByteRange> ranges, List<Integer> expected)
            throws InterruptedException, IOException {
        List<Future<FieldCounter.Counts>> parts = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            ByteRange range = ranges.get(i);
            int fields = expected.get(i);
            parts.add(pool.submit(() -> FieldCounter.count(range, fields)));
        }
        FieldCounter.Counts total = FieldCounter.Counts.NONE;
        for (Future<FieldCounter.Counts> part : parts) {
            try {
                total = total.plus(part.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                throw new IllegalStateException("counting failed", e.getCause());
            }
        }
        return total;
    }

    private static int headerFields(Path file, long headerEnd) throws IOException {
        FieldCounter.Counts header = FieldCounter.count(new ByteRange(file, 0, headerEnd), 0);
        if (header.records() != 1) {
            throw new UncheckedIOException(new IOException(file + " has no header line"));
        }
        return (int) header.fields();
    }
}
