package org.strategyatlas.extract;

import java.io.Flushable;
import java.io.IOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.strategyatlas.publish.CsvTableWriter;

/**
 * Writes candidates as CSV, one at a time as they arrive, in the format of every atlas table
 * ({@link CsvTableWriter}): RFC 4180, LF line ends, quotes only where needed, plain decimals, and cells that a
 * spreadsheet would run as a formula prefixed with {@code '}. The header is {@link Candidate#HEADER}.
 */
public final class CandidateCsv implements ExtractJob.CandidateSink, Flushable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setRecordSeparator('\n')
            .setQuoteMode(QuoteMode.MINIMAL)
            .get();

    private final CSVPrinter printer;

    /** Writes the header to {@code out}; the caller closes {@code out}. */
    public CandidateCsv(Writer out) throws IOException {
        this.printer = new CSVPrinter(out, FORMAT);
        printer.printRecord(Candidate.HEADER);
    }

    @Override
    public void accept(Candidate candidate) throws IOException {
        for (Object cell : candidate.cells()) {
            printer.print(CsvTableWriter.cell(cell));
        }
        printer.println();
    }

    @Override
    public void flush() throws IOException {
        printer.flush();
    }
}
