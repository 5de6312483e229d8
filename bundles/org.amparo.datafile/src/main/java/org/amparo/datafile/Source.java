package org.amparo.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

/** Where data files are read from: a bundle, or a folder (tests, a pack's build). */
public interface Source {
    /** Paths of the files directly in {@code folder} (which ends with {@code /}), sorted. */
    List<String> list(String folder) throws IOException;

    /** The file at {@code path}, or {@code null} when there is none. */
    InputStream open(String path) throws IOException;

    static Source of(Path root) {
        return new Source() {
            @Override
            public List<String> list(String folder) throws IOException {
                Path dir = root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(dir)) {
                    return files.filter(Files::isRegularFile).map(p -> folder + p.getFileName()).sorted().toList();
                }
            }

            @Override
            public InputStream open(String path) throws IOException {
                Path file = root.resolve(path);
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            }
        };
    }

    static Source of(Bundle bundle) {
        return new Source() {
            @Override
            public List<String> list(String folder) {
                Enumeration<String> paths = bundle.getEntryPaths(folder);
                List<String> result = new ArrayList<>();
                if (paths != null) {
                    for (String path : Collections.list(paths)) {
                        if (!path.endsWith("/")) {
                            result.add(path);
                        }
                    }
                }
                Collections.sort(result);
                return result;
            }

            @Override
            public InputStream open(String path) throws IOException {
                java.net.URL url = bundle.getEntry(path);
                return url == null ? null : url.openStream();
            }
        };
    }
}
