package org.strategyatlas.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads one curated CSV file strictly: UTF-8 only (a BOM is tolerated), a header naming every required
 * column exactly once, no NUL bytes, balanced quotes, no field longer than {@link #MAX_FIELD_LENGTH}. Rows keep
 * the line they start on.
 */
public final class CsvFile {

    /** Largest curated file read into memory; the scale path (millions of rows) reads with Spark instead. */
    static final long MAX_BYTES = 256L * 1024 * 1024;
    /** Longest field read: a longer one is a binary file or a runaway export, never a curated value. */
    static final int MAX_FIELD_LENGTH = 100_000;

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false)
            .get();
    /**
     * The line in a Commons CSV message: "(startline 4)", "(line 4)" or "at line: 4, position: 12", the number
     * formatted with %,d in the default locale, so grouped past 999 ("1,234", "1.234", "1 234", "1’234") and in
     * that locale's digits.
     */
    private static final Pattern COMMONS_LINE = Pattern.compile("line:? (\\d(?:\\d|[^\\d ](?=\\d))*)",
            Pattern.UNICODE_CHARACTER_CLASS);

    private final String displayName;
    private final List<String> headerNames;
    private final List<CsvRow> rows;

    private CsvFile(String displayName, List<String> headerNames, List<CsvRow> rows) {
        this.displayName = displayName;
        this.headerNames = List.copyOf(headerNames);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads {@code path}, which messages call {@code displayName} (a path relative to the dataset root).
     *
     * @throws InputException listing every problem that stops the file from being read as a table
     */
    public static CsvFile read(Path path, String displayName, List<String> requiredColumns) throws InputException {
        byte[] bytes;
        try {
            if (Files.size(path) > MAX_BYTES) {
                throw new InputException(InputProblem.ofFile(displayName,
                        String.format(Locale.ROOT, "file is larger than %,d bytes", MAX_BYTES),
                        "a curated file; generated datasets at scale are read with Spark"));
            }
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.ofFile(displayName, "file not found",
                    "a CSV file at " + path.toAbsolutePath().normalize()));
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(displayName, "cannot read file: " + e.getMessage(), null));
        }
        String text = decodeUtf8(bytes, displayName);
        return parse(text, displayName, requiredColumns);
    }

    /** Parses CSV text already in memory (tests, and files decoded elsewhere). */
    public static CsvFile parse(String text, String displayName, List<String> requiredColumns) throws InputException {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            throw new InputException(new InputProblem(displayName, lineOf(text, nul), 0, null, null,
                    "file contains a NUL byte", "a text file (is this a binary or UTF-16 file?)"));
        }
        if (text.isBlank()) {
            throw new InputException(InputProblem.ofFile(displayName, "file is empty",
                    "a header row naming the columns " + requiredColumns));
        }
        List<CsvRow> rows = new ArrayList<>();
        List<String> headerNames;
        LineIndex lines = new LineIndex(loneCrAsLf(text));
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            CSVRecord headerRecord = records.next();
            checkFieldLengths(displayName, 1, List.of(), headerRecord);
            headerNames = headerRecord.toList();
            Map<String, Integer> header = checkHeader(displayName, headerNames, requiredColumns);
            while (records.hasNext()) {
                CSVRecord record = records.next();
                long line = lines.lineOf(record.getCharacterPosition());
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue; // a blank line, e.g. the newline at the end of the file
                }
                if (record.size() > headerNames.size()) {
                    throw new InputException(new InputProblem(displayName, line, headerNames.size() + 1, null,
                            record.get(headerNames.size()),
                            "row has " + record.size() + " fields but the header has " + headerNames.size(),
                            "one field per header column; quote a value that contains a comma"));
                }
                checkFieldLengths(displayName, line, headerNames, record);
                rows.add(new CsvRow(displayName, line, header, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InputException(malformed(displayName, e));
        }
        return new CsvFile(displayName, headerNames, rows);
    }

    public String displayName() {
        return displayName;
    }

    public List<String> headerNames() {
        return headerNames;
    }

    public List<CsvRow> rows() {
        return rows;
    }

    static Map<String, Integer> checkHeader(String file, List<String> names, List<String> required)
            throws InputException {
        List<InputProblem> problems = new ArrayList<>();
        Map<String, Integer> header = new LinkedHashMap<>();
        Map<String, Integer> firstSeen = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Integer earlier = firstSeen.putIfAbsent(name, i);
            if (earlier != null) {
                problems.add(new InputProblem(file, 1, i + 1, null, name,
                        "duplicate column name (also column " + (earlier + 1) + ")", "each column once"));
            } else {
                header.put(name, i);
            }
        }
        for (String column : required) {
            if (!header.containsKey(column)) {
                problems.add(new InputProblem(file, 1, 0, null, String.join(",", names),
                        "missing column '" + column + "'", "a header with the columns " + required));
            }
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return header;
    }

    /** Refuses the first field longer than {@link #MAX_FIELD_LENGTH}, naming its column when the header does. */
    private static void checkFieldLengths(String file, long line, List<String> names, CSVRecord record)
            throws InputException {
        for (int i = 0; i < record.size(); i++) {
            String value = record.get(i);
            if (value.length() > MAX_FIELD_LENGTH) {
                throw new InputException(new InputProblem(file, line, i + 1, i < names.size() ? names.get(i) : null,
                        value, String.format(Locale.ROOT, "field longer than %,d characters", MAX_FIELD_LENGTH),
                        "a curated value; is the file truncated or binary?"));
            }
        }
    }

    static InputProblem malformed(String file, Exception e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null) {
            message = cause.getMessage();
        }
        Matcher m = COMMONS_LINE.matcher(message);
        long line = m.find() ? digitsOf(m.group(1)) : 0;
        String reason = message.contains("EOF reached before encapsulated token finished")
                ? "unbalanced quote: a quoted field is never closed"
                : message.toLowerCase(Locale.ROOT).contains("between encapsulated token and delimiter")
                ? "text after a closing quote"
                : "malformed CSV: " + message.replaceAll("^IOException reading next record: ", "");
        return new InputProblem(file, line, 0, null, null, reason,
                "RFC 4180 quoting: a field with \" , or a line break is enclosed in \"...\" and an inner \" is doubled");
    }

    /** The number written by {@code grouped}, its grouping marks skipped. */
    private static long digitsOf(String grouped) {
        long value = 0;
        for (int i = 0; i < grouped.length(); i++) {
            int digit = Character.digit(grouped.charAt(i), 10);
            if (digit >= 0) {
                value = value * 10 + digit;
            }
        }
        return value;
    }

    /** Decodes strict UTF-8, reporting the byte offset and line of the first invalid sequence. */
    static String decodeUtf8(byte[] bytes, String file) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            long line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 == bytes.length || bytes[i + 1] != '\n'))) {
                    line++;
                }
            }
            throw new InputException(notUtf8(file, line, offset, bytes[offset]));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /** The problem of a byte that is not UTF-8, at {@code offset} from the start of the file. */
    static InputProblem notUtf8(String file, long line, long offset, byte value) {
        return new InputProblem(file, line, 0, null, String.format(Locale.ROOT, "0x%02X", value & 0xFF),
                String.format(Locale.ROOT, "not valid UTF-8 at byte offset %,d", offset),
                "a UTF-8 file (re-save it as \"CSV UTF-8\"; Latin-1 and Windows-1252 are not read)");
    }

    private static long lineOf(String text, int index) {
        return new LineIndex(loneCrAsLf(text)).lineOf(index);
    }

    /**
     * The text with each CR not followed by LF read as LF, offsets unchanged: Commons CSV ends a record at a lone CR
     * (classic Mac OS line ends), and so do editors, so line numbers count it too. CRLF text is returned as is.
     */
    private static CharSequence loneCrAsLf(String text) {
        int cr = text.indexOf('\r');
        while (cr >= 0 && cr + 1 < text.length() && text.charAt(cr + 1) == '\n') {
            cr = text.indexOf('\r', cr + 2);
        }
        if (cr < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = cr; i < chars.length; i++) {
            if (chars[i] == '\r' && (i + 1 == chars.length || chars[i + 1] != '\n')) {
                chars[i] = '\n';
            }
        }
        return CharBuffer.wrap(chars);
    }
}
