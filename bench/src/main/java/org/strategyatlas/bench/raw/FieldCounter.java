package org.strategyatlas.bench.raw;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Splits CSV bytes into fields and counts them, with no other work: a comma outside double quotes separates
 * fields, a line feed outside quotes ends a record, and a quote toggles quoting (so an escaped {@code ""} inside a
 * quoted field toggles twice and changes nothing). This is the least any CSV reader must do.
 */
public final class FieldCounter {

    /** What one range held: records, fields, and records whose field count differs from the header's. */
    public record Counts(long records, long fields, long irregular) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(records + other.records, fields + other.fields, irregular + other.irregular);
        }
    }

    private static final int BUFFER = 4 * 1024 * 1024;

    private final int expectedFields;
    private long records;
    private long fields;
    private long irregular;
    private boolean quoted;
    private long lineFields = 1;
    private boolean lineOpen;

    /** @param expectedFields the header's field count; other counts are reported as irregular */
    public FieldCounter(int expectedFields) {
        this.expectedFields = expectedFields;
    }

    /** Counts the records of one range, read in 4 MiB blocks. */
    public static Counts count(ByteRange range, int expectedFields) throws IOException {
        FieldCounter counter = new FieldCounter(expectedFields);
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER);
        try (FileChannel channel = FileChannel.open(range.file(), StandardOpenOption.READ)) {
            long at = range.start();
            while (at < range.end()) {
                buffer.clear();
                buffer.limit((int) Math.min(BUFFER, range.end() - at));
                int read = channel.read(buffer, at);
                if (read <= 0) {
                    break;
                }
                counter.accept(buffer.array(), 0, read);
                at += read;
            }
        }
        return counter.finish();
    }

    /** Feeds the next bytes. */
    public void accept(byte[] bytes, int offset, int length) {
        boolean inQuotes = quoted;
        long inLine = lineFields;
        boolean open = lineOpen;
        for (int i = offset, end = offset + length; i < end; i++) {
            byte b = bytes[i];
            if (b == '"') {
                inQuotes = !inQuotes;
                open = true;
            } else if (inQuotes) {
                continue;
            } else if (b == ',') {
                inLine++;
                open = true;
            } else if (b == '\n') {
                endRecord(inLine);
                inLine = 1;
                open = false;
            } else {
                open = true;
            }
        }
        quoted = inQuotes;
        lineFields = inLine;
        lineOpen = open;
    }

    /** The counts so far, with a last record that has no line feed after it. */
    public Counts finish() {
        if (lineOpen) {
            endRecord(lineFields);
            lineFields = 1;
            lineOpen = false;
        }
        return new Counts(records, fields, irregular);
    }

    private void endRecord(long count) {
        records++;
        fields += count;
        if (count != expectedFields) {
            irregular++;
        }
    }
}
