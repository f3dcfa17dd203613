package org.strategyatlas.reference;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/**
 * The reference-data import: find the inputs, read them all (reporting every problem at once), refuse
 * two inputs for one indicator, derive the deflator index, then write the reference folder.
 */
public final class ReferenceImport {

    private ReferenceImport() {
    }

    /**
     * Runs the import; nothing is written unless every input reads cleanly.
     *
     * @throws InputException listing every problem in the inputs, each with file, line and column
     * @throws IOException    when the output folder cannot be written
     */
    public static ImportSummary run(ImportOptions options) throws InputException, IOException {
        InputScan scan = InputScan.of(options.inputs());
        List<InputProblem> problems = new ArrayList<>();
        if (scan.isEmpty()) {
            throw new InputException(InputProblem.ofFile(String.valueOf(options.inputs()),
                    "no reference inputs found (" + scan.skipped().size() + " other files skipped)",
                    "API_*.csv, data.csv + datapackage.json, Metadata_Country_*.csv or eurofxref-hist.csv"));
        }
        Map<String, Series> byIndicator = new LinkedHashMap<>();
        Map<String, SourceFile> origin = new LinkedHashMap<>();
        for (SourceFile file : scan.wide()) {
            try {
                WideWdiReader.read(file).forEach(s -> add(s, file, byIndicator, origin, problems));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        for (SourceFile file : scan.longData()) {
            try {
                add(LongWdiReader.read(file), file, byIndicator, origin, problems);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        CountryMetadata metadata = null;
        EcbRates ecb = null;
        try {
            metadata = scan.metadata().isEmpty() ? null : CountryMetadataReader.read(scan.metadata().get(0));
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        try {
            ecb = scan.ecb().isEmpty() ? null : EcbReader.read(scan.ecb().get(0));
        } catch (InputException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        List<Series> series = new ArrayList<>(byIndicator.values());
        DeflatorIndex.build(byIndicator.get(Indicators.DEFLATOR_LEVEL), byIndicator.get(Indicators.DEFLATOR_CHANGE),
                options.fromYear()).ifPresent(series::add);
        List<VintageRow> written = ReferenceWriter.write(options.out(), options.fromYear(), series, metadata, ecb);
        return new ImportSummary(written, scan.skipped());
    }

    private static void add(Series series, SourceFile file, Map<String, Series> byIndicator,
                            Map<String, SourceFile> origin, List<InputProblem> problems) {
        String code = series.indicator();
        if (code.equals(Indicators.DEFLATOR_INDEX)) {
            problems.add(InputProblem.ofFile(file.display(), "indicator " + code + " is computed by the importer",
                    "World Bank inputs only; the index is derived from " + Indicators.DEFLATOR_CHANGE));
        } else if (origin.containsKey(code)) {
            // Two vintages of one indicator differ (German GDP 2024 moved by 0.6% between releases), so
            // silently keeping either would hide which one the figures were normalised with.
            problems.add(InputProblem.ofFile(file.display(), "indicator " + code + " is given twice: by "
                    + origin.get(code).display() + " and by " + file.display(),
                    "only one of the two files; pass the one whose vintage you want"));
        } else {
            origin.put(code, file);
            byIndicator.put(code, series);
        }
    }
}
