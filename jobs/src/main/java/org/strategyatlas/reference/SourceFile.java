package org.strategyatlas.reference;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.strategyatlas.ingest.InputException;
import org.strategyatlas.ingest.InputProblem;

/**
 * An input file: {@code path} as the user can open it (messages use it), and {@code name}, the stable
 * name {@code vintage.csv} records (relative to the folder given on the command line, so the committed
 * vintage does not depend on where the downloads sit on one machine).
 */
record SourceFile(Path path, String name) {

    SourceFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(name, "name");
    }

    /** The path as messages print it. */
    String display() {
        return path.toString();
    }

    /** The lower-case hex SHA-256 of the file's bytes. */
    String sha256() throws InputException {
        try (InputStream in = Files.newInputStream(path)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new InputException(InputProblem.ofFile(display(), "cannot read file: " + e, null));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
