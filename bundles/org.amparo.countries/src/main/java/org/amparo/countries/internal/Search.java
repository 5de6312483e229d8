package org.amparo.countries.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for search: case, accents and Arabic hamza forms ignored; words separated by one space. */
final class Search {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private Search() {
    }

    static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("")
                .replace('\u0649', '\u064A') // alef maqsura -> yeh
                .replace('\u0629', '\u0647') // teh marbuta -> heh
                .toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").trim();
    }

    /** A LIKE pattern matching names with a word starting with {@code query}. */
    static String wordPrefixPattern(String query) {
        return "% " + escape(fold(query)) + "%";
    }

    /** {@code text} with LIKE's wildcards and the escape character escaped (escape character: backslash). */
    static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
