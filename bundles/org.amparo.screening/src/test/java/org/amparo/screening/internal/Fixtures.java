package org.amparo.screening.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.stream.Stream;

import org.amparo.screening.InstrumentSet;
import org.amparo.datafile.Source;

/** The core definitions of this bundle as built (target/classes), read once per test run. */
final class Fixtures {
    private static Library library;

    private Fixtures() {
    }

    /** The folder holding {@code amparo/screening/} and {@code OSGI-INF/} of the built bundle. */
    static Path classes() {
        try {
            return Paths.get(Fixtures.class.getResource("/amparo/screening/standards.json").toURI()).getParent().getParent()
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized Library library() {
        if (library == null) {
            try {
                library = new DefinitionReader(Source.of(classes())).read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return library;
    }

    static InstrumentSet current() {
        return library().current();
    }

    /** A writable copy of the core definitions and messages, to break or extend in a test. */
    static Path copy(Path target) throws IOException {
        Path from = classes();
        for (String top : new String[] {"amparo", "OSGI-INF"}) {
            try (Stream<Path> files = Files.walk(from.resolve(top))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path to = target.resolve(from.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(file, to);
                    }
                }
            }
        }
        return target;
    }
}
