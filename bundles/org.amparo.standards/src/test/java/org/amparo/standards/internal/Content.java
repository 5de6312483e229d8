package org.amparo.standards.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.amparo.i18n.internal.ClasspathMessages;

/** The bundle's real content files, and a library over them with the real messages. */
final class Content {
    static final Path FOLDER = Path.of("src/main/resources", LibraryImpl.FOLDER);

    private Content() {
    }

    static List<ContentReader.ContentFile> core() {
        return files(FOLDER);
    }

    static List<ContentReader.ContentFile> files(Path folder) {
        List<ContentReader.ContentFile> files = new ArrayList<>();
        try (var paths = Files.list(folder)) {
            for (Path path : paths.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                files.add(new ContentReader.ContentFile(path.getFileName().toString(), Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    static ContentReader.ContentFile file(String name, String json) {
        return new ContentReader.ContentFile(name, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static ClasspathMessages messages() {
        return new ClasspathMessages("standards");
    }

    static LibraryImpl library() {
        return new LibraryImpl(core(), messages());
    }
}
