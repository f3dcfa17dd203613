package org.strategyatlas;

import java.nio.file.Path;
import java.util.List;
import org.strategyatlas.ingest.DatasetLoader;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.LoadedDataset;
import org.strategyatlas.ingest.SourceTexts;
import org.strategyatlas.reference.ReferenceData;

/** The committed dataset and reference data, loaded once for the tests that check them. */
public final class CuratedData {

    private static ReferenceData reference;
    private static LoadedDataset loaded;

    private CuratedData() {
    }

    public static synchronized ReferenceData reference() throws InputException {
        if (reference == null) {
            reference = ReferenceData.load(TestPaths.root().resolve("data/reference"));
        }
        return reference;
    }

    /** The curated dataset, with the founding documents of ../shared/seeds as held texts when present. */
    public static synchronized LoadedDataset dataset() throws InputException {
        if (loaded == null) {
            Path root = TestPaths.root();
            loaded = new DatasetLoader(root.resolve("data"), root.resolve("seeds"), reference().economies().keySet(),
                    new SourceTexts(List.of(root.resolve("seeds"), TestPaths.shared().resolve("seeds")))).load();
        }
        return loaded;
    }
}
