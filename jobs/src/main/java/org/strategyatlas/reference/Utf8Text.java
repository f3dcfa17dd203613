package org.strategyatlas.reference;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Arrays;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/** The text of a downloaded file (strict UTF-8, BOM removed) with a map from character offset to line. */
final class Utf8Text {

    private final String text;
    private final int[] lineStarts;

    private Utf8Text(String text) {
        this.text = text;
        int[] starts = new int[64];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** Reads {@code source}; a missing, unreadable or non-UTF-8 file is an input problem. */
    static Utf8Text read(SourceFile source) throws InputException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.path());
        } catch (NoSuchFileException e) {
            throw new InputException(InputProblem.ofFile(source.display(), "file not found", "a readable file"));
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(source.display(), "cannot read file: " + e, null));
        }
        return of(bytes, source.display());
    }

    static Utf8Text of(byte[] bytes, String file) throws InputException {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            // The World Bank's downloads start with a byte-order mark; it is not part of the first field.
            return new Utf8Text(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            throw new InputException(InputProblem.ofFile(file, "not valid UTF-8",
                    "the file exactly as downloaded (UTF-8); a re-saved copy may have been re-encoded"));
        }
    }

    String text() {
        return text;
    }

    /** The 1-based line that character {@code offset} is on (CRLF and LF both end a line). */
    long lineOf(long offset) {
        int found = Arrays.binarySearch(lineStarts, (int) Math.min(offset, Integer.MAX_VALUE));
        return found >= 0 ? found + 1 : -found - 1;
    }
}
