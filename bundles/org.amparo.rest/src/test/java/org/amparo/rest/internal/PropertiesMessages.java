package org.amparo.rest.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;

/**
 * A {@link Messages} that serves this bundle's own message files (en, fr, ar) the way the i18n
 * extender does: language, then English, then {@code [key]}; {@code {n}} replaced by arguments.
 */
final class PropertiesMessages implements Messages {
    static final Path FOLDER = Path.of("src/main/resources/OSGI-INF/amparo/l10n");
    private final Map<String, Properties> byLanguage = new HashMap<>();
    private final Map<String, String> extraEnglish = new HashMap<>();

    PropertiesMessages() {
        byLanguage.put("en", load("rest.properties"));
        byLanguage.put("fr", load("rest_fr.properties"));
        byLanguage.put("ar", load("rest_ar.properties"));
    }

    /** Adds an English text, as another bundle would contribute. */
    PropertiesMessages with(String key, String english) {
        extraEnglish.put(key, english);
        return this;
    }

    static Properties load(String file) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(FOLDER.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @Override
    public String get(LanguageTag language, String key, Object... arguments) {
        Properties texts = byLanguage.getOrDefault(language.language(), byLanguage.get("en"));
        String text = texts.getProperty(key, byLanguage.get("en").getProperty(key, extraEnglish.get(key)));
        if (text == null) {
            return "[" + key + "]";
        }
        for (int i = 0; i < arguments.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(arguments[i]));
        }
        return text;
    }

    @Override
    public boolean has(String key) {
        return byLanguage.get("en").containsKey(key) || extraEnglish.containsKey(key);
    }

    @Override
    public List<LanguageTag> languages() {
        return List.of(LanguageTag.ENGLISH, LanguageTag.of("ar"), LanguageTag.of("fr"));
    }
}
