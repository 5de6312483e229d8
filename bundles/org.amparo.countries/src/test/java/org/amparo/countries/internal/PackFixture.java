package org.amparo.countries.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

/** The fictional test pack "XA" copied to a folder, where a test may break one file. */
final class PackFixture {
    static final Path XA = Paths.get("src/test/resources/packs/xa");

    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();
    private final Path root;

    PackFixture(Path folder) {
        this.root = folder.resolve("xa-" + COUNTER.incrementAndGet());
        copy(XA, root);
    }

    Path root() {
        return root;
    }

    /** Replaces the only occurrence of {@code from} in {@code file} (relative to the pack root). */
    PackFixture replace(String file, String from, String to) {
        Path path = root.resolve(file);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            int at = text.indexOf(from);
            if (at < 0 || text.indexOf(from, at + 1) >= 0) {
                throw new IllegalArgumentException("\"" + from + "\" must occur exactly once in " + file);
            }
            Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    PackFixture write(String file, String content) {
        try {
            Path path = root.resolve(file);
            Files.createDirectories(path.getParent());
            Files.writeString(path, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    static void copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path source : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
