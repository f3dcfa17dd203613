package org.strategyatlas.extract;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes a document's bytes as strict UTF-8: a malformed sequence or a NUL character (a binary or UTF-16 file)
 * makes it unreadable, with the byte position in the reason, rather than turning into replacement characters that
 * would silently hide figures.
 */
final class DocumentBytes {

    /** The text of a document, or why there is none. */
    record Decoded(String text, String problem) {

        boolean ok() {
            return problem == null;
        }
    }

    private DocumentBytes() {
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, String.format(Locale.ROOT, "not valid UTF-8 (byte %,d of %,d cannot be decoded);"
                    + " convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8", in.position() + 1, bytes.length));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return new Decoded(null, String.format(Locale.ROOT, "contains a NUL character (character %,d): a binary"
                    + " or UTF-16 file, not UTF-8 text", nul + 1));
        }
        return new Decoded(text, null);
    }
}
