package org.amparo.itest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * Builds country-pack bundles at test time from the fictional pack XA
 * (bundles/org.amparo.countries/src/test/resources/packs/xa), with edits: a later version, or one
 * fault. The same bytes a pack's Maven build would produce, minus bnd's extra headers.
 */
final class PackJars {
    static final String SYMBOLIC_NAME = "org.amparo.itest.country.xa";

    private PackJars() {
    }

    static Path folder() {
        return Path.of(System.getProperty("amparo.itest.packs"), "xa");
    }

    /**
     * @param edits file (relative to the pack root) to {from, to} pairs, each {@code from} occurring exactly once
     */
    static byte[] xa(String version, String capabilityCode, Map<String, List<String[]>> edits) {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        main.putValue("Bundle-Version", version);
        main.putValue("Provide-Capability", "amparo.country;code=" + capabilityCode);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Path root = folder();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest); Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (Files.isDirectory(file)) {
                    continue;
                }
                String name = root.relativize(file).toString().replace('\\', '/');
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (String[] edit : edits.getOrDefault(name, List.of())) {
                    int at = text.indexOf(edit[0]);
                    if (at < 0 || text.indexOf(edit[0], at + 1) >= 0) {
                        throw new IllegalArgumentException("\"" + edit[0] + "\" must occur once in " + name);
                    }
                    text = text.replace(edit[0], edit[1]);
                }
                jar.putNextEntry(new JarEntry(name));
                jar.write(text.getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xa(String version) {
        return xa(version, "XA", Map.of());
    }

    /** One edit of one file. */
    static Map<String, List<String[]>> edit(String file, String from, String to) {
        return Map.of(file, List.<String[]>of(new String[] {from, to}));
    }
}
