package org.amparo.standards.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.amparo.common.Messages;

/**
 * For the REST resource tests: the real standards library over the standards bundle's own content
 * files (from its source folder, next to this bundle), as that bundle's own tests build it.
 */
public final class RestLibraries {
    private static final Path CONTENT = Path.of("../org.amparo.standards/src/main/resources", LibraryImpl.FOLDER);

    private RestLibraries() {
    }

    public static LibraryImpl library(Messages messages) {
        List<ContentReader.ContentFile> files = new ArrayList<>();
        try (var paths = Files.list(CONTENT)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                files.add(new ContentReader.ContentFile(path.getFileName().toString(), Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LibraryImpl(files, messages);
    }
}
