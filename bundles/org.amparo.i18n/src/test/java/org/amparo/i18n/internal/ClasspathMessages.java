package org.amparo.i18n.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;

/**
 * Test fixture for other bundles' unit tests (shipped in this bundle's test-jar): the real
 * {@link MessageCatalog}, filled from message files on the test class path instead of from
 * installed bundles, so that a test sees exactly the texts, fallbacks and formatting of the
 * running platform. {@code new ClasspathMessages("web", "audit")} loads
 * {@code OSGI-INF/amparo/l10n/web.properties}, {@code web_fr.properties}, {@code web_ar.properties}
 * and the same for {@code audit}; {@link #with} adds English texts that another bundle would bring.
 */
public class ClasspathMessages implements Messages {
    /** Languages looked for next to each English file. */
    private static final List<String> LANGUAGES = List.of("fr", "ar", "lo", "pt", "ru");
    private final MessageCatalog catalog = new MessageCatalog();
    private final Map<String, Map<String, String>> texts = new HashMap<>();

    public ClasspathMessages(String... baseNames) {
        for (String base : baseNames) {
            add("", load(BundleMessages.FOLDER + "/" + base + ".properties"));
            for (String language : LANGUAGES) {
                String resource = BundleMessages.FOLDER + "/" + base + "_" + language + ".properties";
                if (ClasspathMessages.class.getClassLoader().getResource(resource) != null) {
                    add(language, load(resource));
                }
            }
        }
        catalog.put(1, texts);
    }

    /** Adds an English text, e.g. one that a bundle not on the test class path defines. */
    public ClasspathMessages with(String key, String english) {
        return with("", key, english);
    }

    /** Adds a text in {@code language} ("" or "en" for English). */
    public ClasspathMessages with(String language, String key, String text) {
        add("en".equals(language) ? "" : language, Map.of(key, text));
        catalog.put(1, texts);
        return this;
    }

    /** The texts of one message file on the class path, e.g. {@code OSGI-INF/amparo/l10n/web_ar.properties}. */
    public static Map<String, String> load(String resource) {
        try (InputStream in = ClasspathMessages.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing message file " + resource);
            }
            return BundleMessages.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(String language, Map<String, String> more) {
        texts.computeIfAbsent(language, l -> new HashMap<>()).putAll(more);
    }

    @Override
    public String get(LanguageTag language, String key, Object... arguments) {
        return catalog.get(language, key, arguments);
    }

    @Override
    public boolean has(String key) {
        return catalog.has(key);
    }

    @Override
    public List<LanguageTag> languages() {
        return catalog.languages();
    }
}
