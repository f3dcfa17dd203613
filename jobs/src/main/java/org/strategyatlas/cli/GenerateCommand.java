package org.strategyatlas.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.strategyatlas.generate.GenerateJob;
import org.strategyatlas.generate.GenerateOptions;
import org.strategyatlas.generate.GenerateSummary;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;
import org.strategyatlas.run.ReferenceUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code atlas generate}: a synthetic dataset in the formats of data/ and seeds/, for tests and benchmarks. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = AtlasCommand.Version.class,
        description = {"Writes a synthetic dataset that atlas run accepts: <out>/data/{initiatives,figures,attributes,"
                + "taxonomy,metrics}.csv, <out>/seeds/sources.csv, <out>/manifest.json and, with --documents,"
                + " <out>/documents/doc-000001.txt... with the answer key <out>/documents/phrases.csv.",
            "About 200 jurisdictions, their currencies with USD and EUR, years 2000-2025, phrases in the nine"
                + " languages the parser reads. The same seed gives byte-identical files. Rows are streamed:"
                + " memory does not grow with --figures.",
            "Then: atlas run --data <out>/data --seeds <out>/seeds"})
public final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--figures", paramLabel = "N", required = true,
            description = "figure rows to write (about N/3 initiatives with 1-5 figures each)")
    long figures;

    @Option(names = "--documents", paramLabel = "M", defaultValue = "0",
            description = "text documents to write for the extraction benchmark (default: ${DEFAULT-VALUE})")
    int documents;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "seed deciding every value (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "output folder; must not already hold data/, seeds/, documents/ or manifest.json")
    Path out;

    @Option(names = "--reference", paramLabel = "DIR",
            description = "reference tables giving jurisdictions, currencies and exchange rates"
                    + " (default: data/reference/)")
    Path reference;

    @Option(names = "--catalogue", paramLabel = "DIR",
            description = "folder whose metrics.csv and taxonomy.csv are copied and used (default: data/)")
    Path catalogue;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        GenerateOptions options;
        try {
            GenerateOptions defaults = GenerateOptions.of(AtlasCommand.home(), figures, documents, seed, out);
            options = new GenerateOptions(figures, documents, seed, out,
                    reference != null ? reference : defaults.referenceDir(),
                    catalogue != null ? catalogue : defaults.catalogueDir());
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--figures/--documents: " + e.getMessage());
        }
        try {
            GenerateSummary s = new GenerateJob(line -> {
                err.println("atlas: " + line);
                err.flush();
            }).run(options);
            err.println(String.format(Locale.ROOT, "atlas: generated %,d figures, %,d initiatives, %,d attributes,"
                    + " %,d sources (%d jurisdictions, %d currencies) and %,d documents with %,d phrases in %s",
                    s.figures(), s.initiatives(), s.attributes(), s.sources(), s.jurisdictions(), s.currencies(),
                    s.documents(), s.documentPhrases(), out));
            err.flush();
            return ExitCodes.OK;
        } catch (InputException e) {
            e.problems().stream().map(InputProblem::format).forEach(p -> err.println("atlas: " + p));
            err.println("atlas: the metrics or taxonomy to generate from cannot be read; nothing was written");
            return ExitCodes.INPUT_ERRORS;
        } catch (ReferenceUnavailableException e) {
            err.println("atlas: " + e.getMessage());
            return ExitCodes.REFERENCE_UNAVAILABLE;
        } catch (FileAlreadyExistsException e) {
            err.println("atlas: " + e.getFile() + " exists: " + e.getReason());
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        } catch (IOException e) {
            err.println("atlas: cannot write the dataset under " + out + ": " + e
                    + "; nothing was left half-written");
            return ExitCodes.OUTPUT_NOT_WRITABLE;
        }
    }
}
