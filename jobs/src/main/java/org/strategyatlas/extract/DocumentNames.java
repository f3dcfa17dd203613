package org.strategyatlas.extract;

import java.io.Serializable;
import java.util.List;

/**
 * Names a document by its path below the folder it was found in ({@code 2025/01/item.html}), or by its file name
 * when it was given as a file or lies under no known folder, so names do not depend on where the corpus is mounted.
 *
 * @param folders the scanned folders as qualified URIs ({@code file:/data/news}), longest first
 */
record DocumentNames(List<String> folders) implements Serializable {

    private static final long serialVersionUID = 1L;

    DocumentNames {
        folders = folders.stream().map(f -> f.endsWith("/") ? f : f + "/")
                .sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    String of(String path) {
        for (String folder : folders) {
            if (path.startsWith(folder)) {
                return path.substring(folder.length());
            }
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
