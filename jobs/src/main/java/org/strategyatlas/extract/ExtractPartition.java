package org.strategyatlas.extract;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * Runs {@link Extractor} over one partition of (path, file) pairs on an executor: builds the extractor once from
 * the broadcast lexicons, reads each file of a known extension as strict UTF-8, and emits its candidates, a row for
 * each file it could not read or skipped, and one row counting the documents read. Holds no state between
 * partitions.
 */
final class ExtractPartition implements FlatMapFunction<Iterator<Tuple2<String, PortableDataStream>>, Row> {

    private static final long serialVersionUID = 1L;

    private final Broadcast<ExtractLexicons> lexicons;
    private final DocumentNames names;

    ExtractPartition(Broadcast<ExtractLexicons> lexicons, DocumentNames names) {
        this.lexicons = lexicons;
        this.names = names;
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, PortableDataStream>> files) {
        Extractor extractor = new Extractor(lexicons.value());
        List<Row> rows = new ArrayList<>();
        long documents = 0;
        while (files.hasNext()) {
            Tuple2<String, PortableDataStream> file = files.next();
            String name = names.of(file._1());
            if (!Extractor.reads(name)) {
                rows.add(ExtractRows.problem(ExtractRows.SKIPPED, name, "not .txt, .md, .html or .htm"));
                continue;
            }
            DocumentBytes.Decoded decoded;
            try {
                decoded = DocumentBytes.decode(file._2().toArray());
            } catch (RuntimeException e) {
                // PortableDataStream wraps the IOException of an unreadable file
                Throwable cause = e.getCause() instanceof IOException ? e.getCause() : e;
                rows.add(ExtractRows.problem(ExtractRows.PROBLEM, name, "cannot be read: " + cause));
                continue;
            }
            if (!decoded.ok()) {
                rows.add(ExtractRows.problem(ExtractRows.PROBLEM, name, decoded.problem()));
                continue;
            }
            documents++;
            for (Candidate candidate : extractor.extract(name, decoded.text())) {
                rows.add(ExtractRows.of(candidate));
            }
        }
        rows.add(ExtractRows.count(documents));
        return rows.iterator();
    }
}
