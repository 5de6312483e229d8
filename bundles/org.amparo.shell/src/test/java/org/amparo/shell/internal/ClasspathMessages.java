package org.amparo.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;

/**
 * English texts read from the l10n files on the test class path (this bundle's and the audit
 * bundle's), with the i18n extender's rules: {@code {n}} replaced, unknown keys shown as {@code [key]}.
 */
final class ClasspathMessages implements Messages {
    private final Map<String, String> texts = new HashMap<>();

    ClasspathMessages(String... files) {
        for (String file : files) {
            texts.putAll(load("OSGI-INF/amparo/l10n/" + file + ".properties"));
        }
    }

    /** Adds a text another bundle would contribute at runtime. */
    ClasspathMessages with(String key, String text) {
        texts.put(key, text);
        return this;
    }

    static Map<String, String> load(String resource) {
        Map<String, String> result = new HashMap<>();
        try {
            Enumeration<URL> urls = ClasspathMessages.class.getClassLoader().getResources(resource);
            if (!urls.hasMoreElements()) {
                throw new IllegalStateException("not on the class path: " + resource);
            }
            while (urls.hasMoreElements()) {
                try (InputStream in = urls.nextElement().openStream()) {
                    Properties properties = new Properties();
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                    properties.forEach((k, v) -> result.put((String) k, (String) v));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }

    @Override
    public String get(LanguageTag language, String key, Object... arguments) {
        String text = texts.get(key);
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
        return texts.containsKey(key);
    }

    @Override
    public List<LanguageTag> languages() {
        return List.of(LanguageTag.ENGLISH);
    }
}
