package org.strategyatlas.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.strategyatlas.TestPaths;

/** The word lists of the repository's data/, loaded once for all tests. */
final class Lexicons {

    private static final class Holder {
        static final ExtractLexicons DATA = load();

        private static ExtractLexicons load() {
            try {
                return ExtractLexicons.load(TestPaths.root().resolve("data"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Lexicons() {
    }

    static ExtractLexicons data() {
        return Holder.DATA;
    }
}
