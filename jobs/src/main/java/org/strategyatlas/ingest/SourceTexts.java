package org.strategyatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The texts of sources that the user holds: looked up by a source's {@code file} name under seeds/ and
 * then under any extra folders. A file name that would leave its folder is refused.
 */
public final class SourceTexts {

    private final List<Path> folders;
    private final Map<String, Optional<String>> cache = new HashMap<>();

    /** Looks in {@code folders} in order; the first is normally the dataset's seeds/. */
    public SourceTexts(List<Path> folders) {
        this.folders = List.copyOf(folders);
    }

    /** Why {@code file} is not an acceptable file name, or null when it is. */
    public static String unsafePath(String file) {
        if (file.isEmpty()) {
            return null;
        }
        if (file.startsWith("/") || file.startsWith("\\") || file.matches("^[A-Za-z]:.*")) {
            return "an absolute path";
        }
        for (String part : file.split("[/\\\\]")) {
            if (part.equals("..")) {
                return "a path that leaves seeds/ through '..'";
            }
        }
        return null;
    }

    /** The text of {@code file}, read as UTF-8, from the first folder that holds it inside that folder. */
    public Optional<String> text(String file) throws InputException {
        if (cache.containsKey(file)) {
            return cache.get(file);
        }
        Optional<String> found = Optional.empty();
        for (Path folder : folders) {
            Path candidate = folder.resolve(file).normalize();
            if (!Files.isRegularFile(candidate)) {
                continue;
            }
            try {
                Path realFolder = folder.toRealPath();
                Path real = candidate.toRealPath();
                if (!real.startsWith(realFolder)) {
                    throw new InputException(InputProblem.ofFile(DataFile.SOURCES.relativePath(),
                            "source file '" + file + "' resolves outside " + folder + " (to " + real + ")",
                            "a file inside the folder, not a link pointing out of it"));
                }
                byte[] bytes = Files.readAllBytes(real);
                found = Optional.of(CsvFile.decodeUtf8(bytes, folder.relativize(candidate).toString()));
                break;
            } catch (IOException e) {
                throw new InputException(InputProblem.ofFile(candidate.toString(),
                        "cannot read source text: " + e.getMessage(), null));
            }
        }
        cache.put(file, found);
        return found;
    }

    /** The folders searched, for messages. */
    public List<Path> folders() {
        return new ArrayList<>(folders);
    }
}
