package org.strategyatlas.reference;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the real downloads described in shared/realdata/SOURCES.md are; tests skip when they are absent. */
final class RealData {

    static final String WIDE_FCRF = "worldbank-wide/API_PA.NUS.FCRF_DS2_en_csv_v2_22859.csv";
    static final String WIDE_GDP = "worldbank-wide/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_38344.csv";
    static final String WIDE_DEFLATOR = "worldbank-wide/API_NY.GDP.DEFL.ZS_DS2_en_csv_v2_10405103.csv";
    static final String METADATA = "worldbank-wide/Metadata_Country_API_SP.POP.TOTL_DS2_en_csv_v2_38144.csv";
    static final String ECB = "ecb/eurofxref-hist.csv";

    private RealData() {
    }

    /** The realdata folder, or a skipped test when this checkout has no ../shared/realdata. */
    static Path dir() {
        String shared = System.getProperty("atlas.shared");
        Path dir = shared == null ? null : Path.of(shared, "realdata");
        assumeTrue(dir != null && Files.isDirectory(dir),
                "real reference downloads not found (system property atlas.shared + /realdata); skipping");
        return dir;
    }

    static SourceFile source(String relative) {
        return new SourceFile(dir().resolve(relative), relative);
    }

    static SourceFile longData(String code) {
        return source("wdi-long/" + code + "/data.csv");
    }
}
