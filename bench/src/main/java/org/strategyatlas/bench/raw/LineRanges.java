package org.strategyatlas.bench.raw;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a file into ranges of about equal size whose boundaries fall just after a line feed, so that each range
 * can be read on its own thread. A boundary inside a quoted line break would cut a record: the benchmark's files
 * keep every record on one line.
 */
public final class LineRanges {

    private static final int PROBE = 64 * 1024;

    private LineRanges() {
    }

    /** The position after the first line feed (the end of the header), or the file size when there is none. */
    public static long afterFirstLine(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return scan(channel, 0, channel.size());
        }
    }

    /** {@code parts} ranges covering {@code [from, size)}; some may be empty when lines are long. */
    public static List<ByteRange> split(Path file, long from, int parts) throws IOException {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, not " + parts);
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            List<ByteRange> ranges = new ArrayList<>(parts);
            long start = Math.min(from, size);
            for (int k = 1; k <= parts; k++) {
                long nominal = start == size ? size : from + (size - from) * k / parts;
                long end = k == parts ? size : Math.max(start, lineStartAtOrAfter(channel, nominal));
                ranges.add(new ByteRange(file, start, end));
                start = end;
            }
            return ranges;
        }
    }

    /** {@code position} when a line starts there, else the position after the next line feed, or the size. */
    private static long lineStartAtOrAfter(FileChannel channel, long position) throws IOException {
        long size = channel.size();
        if (position <= 0 || position >= size) {
            return Math.min(Math.max(position, 0), size);
        }
        ByteBuffer previous = ByteBuffer.allocate(1);
        channel.read(previous, position - 1);
        return previous.get(0) == '\n' ? position : scan(channel, position, size);
    }

    private static long scan(FileChannel channel, long position, long size) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(PROBE);
        long at = position;
        while (at < size) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            for (int i = 0; i < read; i++) {
                if (buffer.get(i) == '\n') {
                    return at + i + 1;
                }
            }
            at += read;
        }
        return size;
    }
}
