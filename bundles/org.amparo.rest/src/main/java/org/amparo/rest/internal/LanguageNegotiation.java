package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.amparo.common.LanguageTag;

/**
 * Chooses the reply language from an {@code Accept-Language} header among the languages the
 * platform offers: the most preferred range (by {@code q}, then by order) that matches an offered
 * language exactly or by primary language; English when nothing matches. Malformed entries are
 * skipped, never an error.
 */
final class LanguageNegotiation {
    private static final int MAX_RANGES = 32;

    private LanguageNegotiation() {
    }

    static LanguageTag choose(String acceptLanguage, List<LanguageTag> offered) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || offered.isEmpty()) {
            return LanguageTag.ENGLISH;
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = acceptLanguage.split(",");
        for (int i = 0; i < parts.length && i < MAX_RANGES; i++) {
            Range range = Range.parse(parts[i], i);
            if (range != null && range.quality() > 0) {
                ranges.add(range);
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::position));
        for (Range range : ranges) {
            for (LanguageTag language : offered) {
                if (language.value().equalsIgnoreCase(range.tag())) {
                    return language;
                }
            }
            String primary = primary(range.tag());
            for (LanguageTag language : offered) {
                if (language.language().equalsIgnoreCase(primary)) {
                    return language;
                }
            }
        }
        return LanguageTag.ENGLISH;
    }

    private static String primary(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag : tag.substring(0, dash);
    }

    private record Range(String tag, double quality, int position) {
        static Range parse(String text, int position) {
            String[] pieces = text.trim().split(";", -1);
            String tag = pieces[0].trim().replace('_', '-').toLowerCase(Locale.ROOT);
            if (!tag.matches("[a-z]{1,8}(-[a-z0-9]{1,8})*")) {
                return null; // "*" and garbage: the default applies
            }
            double quality = 1.0;
            for (int i = 1; i < pieces.length; i++) {
                String parameter = pieces[i].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        return null;
                    }
                }
            }
            return quality > 1.0 ? null : new Range(tag, quality, position);
        }
    }
}
