package org.amparo.i18n.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import org.amparo.common.LanguageTag;

/**
 * Messages merged from every contributing source (normally one per bundle), keyed by language.
 * Sources come and go at runtime; a lookup sees a consistent snapshot. Thread-safe.
 */
final class MessageCatalog {
    /** language ("" for English, the base files) -> key -> text, per source id. */
    private final Map<Long, Map<String, Map<String, String>>> sources = new ConcurrentHashMap<>();
    private volatile Map<String, Map<String, String>> merged = Map.of();

    void put(long sourceId, Map<String, Map<String, String>> byLanguage) {
        sources.put(sourceId, byLanguage);
        rebuild();
    }

    void remove(long sourceId) {
        if (sources.remove(sourceId) != null) {
            rebuild();
        }
    }

    private synchronized void rebuild() {
        Map<String, Map<String, String>> result = new HashMap<>();
        sources.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(source ->
                source.getValue().forEach((language, texts) ->
                        result.computeIfAbsent(language, l -> new HashMap<>()).putAll(texts)));
        merged = result;
    }

    String get(LanguageTag language, String key, Object... arguments) {
        Map<String, Map<String, String>> snapshot = merged;
        String text = lookup(snapshot, language.value(), key);
        if (text == null && !language.value().equals(language.language())) {
            text = lookup(snapshot, language.language(), key);
        }
        if (text == null) {
            text = lookup(snapshot, "", key);
        }
        if (text == null) {
            return "[" + key + "]";
        }
        return format(text, arguments);
    }

    boolean has(String key) {
        Map<String, String> base = merged.get("");
        return base != null && base.containsKey(key);
    }

    /** English first, then every other language with at least one text, alphabetically. */
    List<LanguageTag> languages() {
        Set<String> others = new TreeSet<>(merged.keySet());
        others.remove("");
        others.remove("en");
        List<LanguageTag> result = new ArrayList<>();
        result.add(LanguageTag.ENGLISH);
        others.forEach(l -> result.add(LanguageTag.of(l)));
        return result;
    }

    /** Keys defined in English but missing in {@code language}: what a translator still has to do. */
    Collection<String> missingIn(String language) {
        Map<String, String> base = merged.getOrDefault("", Map.of());
        Map<String, String> other = merged.getOrDefault(language, Map.of());
        return base.keySet().stream().filter(k -> !other.containsKey(k)).sorted(Comparator.naturalOrder()).toList();
    }

    private static String lookup(Map<String, Map<String, String>> snapshot, String language, String key) {
        Map<String, String> texts = snapshot.get(language);
        return texts == null ? null : texts.get(key);
    }

    /** Replaces {0}, {1}, ... with the arguments; no other syntax, so apostrophes need no escaping. */
    static String format(String text, Object... arguments) {
        if (arguments.length == 0 || text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int close = c == '{' ? text.indexOf('}', i) : -1;
            if (close > i + 1 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(text.substring(i + 1, close));
                out.append(index < arguments.length ? String.valueOf(arguments[index]) : text.substring(i, close + 1));
                i = close;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
