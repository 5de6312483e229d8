package org.amparo.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;

/**
 * {@link Messages} over this bundle's own message files (English, French, Arabic), with the same
 * fallback and {0} formatting as the i18n bundle; tests may add texts other bundles would bring.
 */
final class FakeMessages implements Messages {
    private final Map<String, Map<String, String>> byLanguage = new ConcurrentHashMap<>();

    FakeMessages() {
        byLanguage.put("en", load("web.properties"));
        byLanguage.put("fr", load("web_fr.properties"));
        byLanguage.put("ar", load("web_ar.properties"));
        put("en", "role.SYSTEM_ADMIN", "System administrator");
        put("en", "role.AUDITOR", "Auditor");
        put("en", "role.CASEWORKER", "Caseworker");
        put("ar", "role.AUDITOR", "مدقق");
    }

    static Map<String, String> load(String file) {
        try (InputStream in = FakeMessages.class.getResourceAsStream("/OSGI-INF/amparo/l10n/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing message file " + file);
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.forEach((k, v) -> texts.put((String) k, (String) v));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    FakeMessages put(String language, String key, String text) {
        byLanguage.computeIfAbsent(language, l -> new ConcurrentHashMap<>()).put(key, text);
        return this;
    }

    @Override
    public String get(LanguageTag language, String key, Object... arguments) {
        String text = byLanguage.getOrDefault(language.language(), Map.of()).get(key);
        if (text == null) {
            text = byLanguage.get("en").get(key);
        }
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
        return byLanguage.get("en").containsKey(key);
    }

    @Override
    public List<LanguageTag> languages() {
        return List.of(LanguageTag.ENGLISH, LanguageTag.of("ar"), LanguageTag.of("fr"));
    }
}
