package org.strategyatlas.bench.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldCounterTest {

    @ParameterizedTest(name = "[{0}] has {1} fields")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a,b,c                        | 3
            ,,                           | 3
            a                            | 1
            \"x, y\",z                     | 2
            \"she said \"\"hi, you\"\"\",2,3   | 3
            \"\",\"\"                        | 2
            109 milliards d’euros,fr     | 2
            """)
    void countsFieldsOutsideQuotes(String line, int fields) {
        FieldCounter counter = new FieldCounter(fields);
        byte[] bytes = (line.strip() + "\n").getBytes(StandardCharsets.UTF_8);
        counter.accept(bytes, 0, bytes.length);
        assertEquals(new FieldCounter.Counts(1, fields, 0), counter.finish());
    }

    @Test
    void aQuotedLineFeedStaysInsideTheRecordAndALastLineNeedsNoLineFeed() {
        FieldCounter counter = new FieldCounter(2);
        byte[] bytes = "a,\"two\nlines\"\nb,c\nd".getBytes(StandardCharsets.UTF_8);
        counter.accept(bytes, 0, 5); // a block boundary inside the quoted field
        counter.accept(bytes, 5, bytes.length - 5);
        assertEquals(new FieldCounter.Counts(3, 5, 1), counter.finish()); // "d" has 1 field, not 2
    }

    @Test
    void rangesOnTwoThreadsCountWhatCommonsCsvReads(@TempDir Path tmp) throws IOException, InterruptedException {
        Path file = tmp.resolve("figures.csv");
        StringBuilder csv = new StringBuilder("id,phrase,low,notes\n");
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            String phrase = random.nextBoolean() ? "\"" + i + ",5 Mrd. \"\"Euro\"\"\"" : "€" + i + "bn";
            csv.append("f-").append(i).append(',').append(phrase).append(',').append(i * 1000L).append(',')
                    .append(random.nextInt(5) == 0 ? "\"a, b\"" : "").append('\n');
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);

        long records;
        long fields = 0;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
            records = rows.size();
            for (CSVRecord row : rows) {
                fields += row.size();
            }
        }
        RawRead.Result result = RawRead.run(List.of(file), 2, 1);
        assertEquals(records, result.records());
        assertEquals(fields, result.fields());
        assertEquals(0, result.irregular());
        assertEquals(Files.size(file), result.bytes());
    }

    @Test
    void rangesCoverTheBodyOnceAndStartAtLineStarts(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("lines.csv");
        Files.writeString(file, "h\n" + "x".repeat(10) + "\n" + "yy\n" + "z".repeat(30) + "\n");
        long body = LineRanges.afterFirstLine(file);
        List<ByteRange> ranges = LineRanges.split(file, body, 3);
        assertEquals(2, body);
        assertEquals(body, ranges.get(0).start());
        assertEquals(Files.size(file), ranges.get(2).end());
        for (int i = 1; i < ranges.size(); i++) {
            assertEquals(ranges.get(i - 1).end(), ranges.get(i).start());
        }
        String text = Files.readString(file);
        for (ByteRange r : ranges) {
            assertEquals(true, r.start() == r.end() || text.charAt((int) r.start() - 1) == '\n', r.toString());
        }
    }
}
