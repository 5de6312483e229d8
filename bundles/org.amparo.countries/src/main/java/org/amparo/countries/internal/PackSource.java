package org.amparo.countries.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;

/** Where a pack's files are read from: an installed bundle, or a folder during a pack's own build. */
interface PackSource {
    /** The file at {@code path} (e.g. {@code amparo/country/laws.json}), or {@code null} if absent. */
    InputStream open(String path) throws IOException;

    /** Names (not paths) of the files directly in {@code folder} ending in {@code suffix}. */
    List<String> list(String folder, String suffix);

    default boolean exists(String path) {
        try (InputStream in = open(path)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    static PackSource of(Bundle bundle) {
        return new PackSource() {
            @Override
            public InputStream open(String path) throws IOException {
                URL url = bundle.getEntry(path);
                return url == null ? null : url.openStream();
            }

            @Override
            public List<String> list(String folder, String suffix) {
                List<String> names = new ArrayList<>();
                Enumeration<String> paths = bundle.getEntryPaths(folder);
                while (paths != null && paths.hasMoreElements()) {
                    String path = paths.nextElement();
                    if (path.endsWith(suffix)) {
                        names.add(path.substring(path.lastIndexOf('/') + 1));
                    }
                }
                names.sort(null);
                return names;
            }
        };
    }

    static PackSource of(Path root) {
        return new PackSource() {
            @Override
            public InputStream open(String path) throws IOException {
                Path file = root.resolve(path);
                return Files.isRegularFile(file) ? Files.newInputStream(file) : null;
            }

            @Override
            public List<String> list(String folder, String suffix) {
                Path dir = root.resolve(folder);
                if (!Files.isDirectory(dir)) {
                    return List.of();
                }
                try (Stream<Path> files = Files.list(dir)) {
                    return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(suffix)).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
