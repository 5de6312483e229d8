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
    private static final java.util.regex.Pattern ARGUMENT = java.util.regex.Pattern.compile("\\{\\d+}");
    private static final java.util.regex.Pattern ARABIC_LETTER = java.util.regex.Pattern.compile("[\\u0600-\\u06FF]");
    private static final java.util.regex.Pattern LATIN_LETTER = java.util.regex.Pattern.compile("[A-Za-z]");
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

    /**
     * What is wrong with the translations of one message file: for each language, keys missing or
     * extra compared with English, empty texts, {@code {n}} arguments that differ from English, and
     * Arabic texts written in Latin letters only (unless identical to English, as a name is). Empty
     * when all is well.
     */
    public static List<String> translationProblems(String baseName, String... languages) {
        Map<String, String> english = load(BundleMessages.FOLDER + "/" + baseName + ".properties");
        List<String> problems = new java.util.ArrayList<>();
        if (english.isEmpty()) {
            problems.add(baseName + ": no English texts");
        }
        english.forEach((key, text) -> {
            if (text.isBlank()) {
                problems.add(baseName + " en " + key + ": empty");
            }
        });
        for (String language : languages) {
            Map<String, String> other = load(BundleMessages.FOLDER + "/" + baseName + "_" + language + ".properties");
            for (String key : english.keySet()) {
                String text = other.get(key);
                if (text == null) {
                    problems.add(baseName + " " + language + " " + key + ": missing");
                } else if (text.isBlank()) {
                    problems.add(baseName + " " + language + " " + key + ": empty");
                } else if (!arguments(text).equals(arguments(english.get(key)))) {
                    problems.add(baseName + " " + language + " " + key + ": arguments " + arguments(text) + " instead of "
                            + arguments(english.get(key)));
                } else if ("ar".equals(language) && !ARABIC_LETTER.matcher(text).find() && LATIN_LETTER.matcher(text).find()
                        && !text.equals(english.get(key))) {
                    problems.add(baseName + " ar " + key + ": no Arabic letter");
                }
            }
            other.keySet().stream().filter(key -> !english.containsKey(key))
                    .forEach(key -> problems.add(baseName + " " + language + " " + key + ": not in English"));
        }
        return problems;
    }

    private static java.util.Set<String> arguments(String text) {
        java.util.Set<String> found = new java.util.TreeSet<>();
        java.util.regex.Matcher matcher = ARGUMENT.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
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
