package org.amparo.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Where the files of an HSDS datapackage are read from: a folder, a zip archive, or (for seeds) a
 * bundle. Paths are relative and use {@code /}.
 *
 * @since 1.0
 */
@FunctionalInterface
public interface CatalogSource {
    /** The file at {@code path}, or empty when there is none. The caller closes the stream. */
    Optional<InputStream> open(String path) throws IOException;

    /** The files of a folder. */
    static CatalogSource folder(Path root) {
        return path -> {
            Path file = root.resolve(path).normalize();
            if (!file.startsWith(root.normalize()) || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            return Optional.of(Files.newInputStream(file));
        };
    }

    /**
     * The files of a zip archive; when every entry sits under one top folder, paths are relative to
     * it. Entries larger than {@code 64 MiB} in total are refused.
     */
    static CatalogSource zip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new HashMap<>();
        long total = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.isDirectory()) {
                    continue;
                }
                byte[] content = in.readNBytes(64 * 1024 * 1024 + 1);
                total += content.length;
                if (total > 64L * 1024 * 1024) {
                    throw new IOException("archive too large");
                }
                files.put(entry.getName(), content);
            }
        }
        String prefix = commonFolder(files);
        return path -> Optional.ofNullable(files.get(prefix + path)).map(ByteArrayInputStream::new);
    }

    private static String commonFolder(Map<String, byte[]> files) {
        if (files.containsKey("datapackage.json") || files.isEmpty()) {
            return "";
        }
        String first = files.keySet().iterator().next();
        int slash = first.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String prefix = first.substring(0, slash + 1);
        return files.keySet().stream().allMatch(name -> name.startsWith(prefix)) ? prefix : "";
    }
}
