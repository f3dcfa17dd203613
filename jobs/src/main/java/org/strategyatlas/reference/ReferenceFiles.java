package org.strategyatlas.reference;

import java.util.List;
import org.apache.commons.csv.CSVFormat;

/** Names and columns of the files in the reference folder: the contract between importer and loader. */
final class ReferenceFiles {

    static final String VINTAGE = "vintage.csv";
    static final String ECONOMIES = "economies.csv";
    static final String ECB_ANNUAL = "ecb_eur_annual.csv";

    static final List<String> INDICATOR_COLUMNS = List.of("indicator", "economy", "year", "value");
    static final List<String> ECONOMY_COLUMNS = List.of("code", "name", "region", "income_group", "aggregate");
    static final List<String> ECB_COLUMNS = List.of("currency", "year", "value", "observations", "complete");
    static final List<String> VINTAGE_COLUMNS = List.of("file", "indicator", "source_file", "source_sha256",
            "publisher", "last_updated", "licence", "rows", "first_year", "last_year", "notes");

    /** RFC 4180 with LF line ends, so the committed files diff cleanly on every platform. */
    static final CSVFormat WRITE_FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

    private ReferenceFiles() {
    }
}
