package org.strategyatlas.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.strategyatlas.ingest.CsvFile;
import org.strategyatlas.ingest.CsvRow;
import org.strategyatlas.ingest.InputException;

/**
 * Reads the World Bank's {@code Metadata_Country_*.csv}, shipped in every WDI download zip. An empty
 * Region is how the World Bank marks an aggregate (World, Euro area, income groups...).
 */
final class CountryMetadataReader {

    static final String CODE = "Country Code";
    static final String REGION = "Region";
    static final String INCOME_GROUP = "IncomeGroup";
    static final String SPECIAL_NOTES = "SpecialNotes";
    static final String TABLE_NAME = "TableName";

    private static final String NOTES = "World Bank country and aggregate list from the metadata file "
            + "of a WDI download; aggregate = the Region is empty; the file states no licence, "
            + "CC BY 4.0 is the World Bank's licence for WDI data";

    private CountryMetadataReader() {
    }

    static CountryMetadata read(SourceFile source) throws InputException {
        CsvFile csv = CsvFile.read(source.path(), source.display(),
                List.of(CODE, REGION, INCOME_GROUP, SPECIAL_NOTES, TABLE_NAME));
        Problems problems = new Problems(source.display());
        Map<String, Economy> economies = new HashMap<>();
        Map<String, String> notes = new HashMap<>();
        for (CsvRow row : csv.rows()) {
            String code = row.get(CODE);
            String name = row.get(TABLE_NAME).strip();
            if (!Economy.isValidCode(code)) {
                problems.add(row.problem(CODE, "not an economy code",
                        "three upper-case letters or digits, e.g. FRA or EUU"));
            } else if (name.isEmpty()) {
                problems.add(row.problem(TABLE_NAME, "empty name", "the economy's name, e.g. Korea, Rep."));
            } else if (economies.containsKey(code)) {
                problems.add(row.problem(CODE, "second row for this economy", "one row per economy"));
            } else {
                String region = row.get(REGION).strip();
                economies.put(code, new Economy(code, name, region, row.get(INCOME_GROUP).strip(),
                        region.isEmpty()));
                notes.put(code, row.get(SPECIAL_NOTES));
            }
            TrailingColumns.check(row, problems);
        }
        problems.throwIfAny();
        Provenance provenance = new Provenance(source.name(), source.sha256(), "World Bank", "",
                Provenance.CC_BY_4, NOTES);
        return new CountryMetadata(new ArrayList<>(economies.values()), notes, provenance);
    }
}
