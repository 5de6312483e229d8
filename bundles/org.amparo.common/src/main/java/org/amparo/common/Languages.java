package org.amparo.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Picks a language among those the platform offers ({@link Messages#languages()}): for a tag a user
 * chose, and for an HTTP {@code Accept-Language} header. Malformed input is skipped, never an error.
 * Stateless and thread-safe.
 *
 * @since 1.0
 */
public final class Languages {
    private static final int MAX_RANGES = 32;

    private Languages() {
    }

    /**
     * The offered language for {@code candidate}: the same tag, else an offered tag with the same
     * primary language ({@code fr-CA} gives {@code fr}, {@code pt} gives {@code pt-BR}); empty for
     * null, malformed or unoffered candidates.
     */
    public static Optional<LanguageTag> supported(String candidate, List<LanguageTag> offered) {
        if (candidate == null || candidate.isBlank() || candidate.length() > 35) {
            return Optional.empty();
        }
        LanguageTag tag;
        try {
            tag = LanguageTag.of(candidate.trim());
        } catch (ValidationException e) {
            return Optional.empty();
        }
        for (LanguageTag language : offered) {
            if (language.value().equalsIgnoreCase(tag.value())) {
                return Optional.of(language);
            }
        }
        for (LanguageTag language : offered) {
            if (language.language().equals(tag.language())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /**
     * The best offered language for an {@code Accept-Language} header: the most preferred range
     * (by {@code q}, then by position) that {@link #supported matches} an offered language. Ranges
     * that are malformed, {@code *} or weighted 0 are skipped; empty when nothing fits.
     */
    public static Optional<LanguageTag> fromAcceptLanguage(String header, List<LanguageTag> offered) {
        if (header == null || header.isBlank() || header.length() > 1000) {
            return Optional.empty();
        }
        List<Range> ranges = new ArrayList<>();
        String[] parts = header.split(",");
        for (int i = 0; i < parts.length && i < MAX_RANGES; i++) {
            Range range = Range.parse(parts[i], i);
            if (range != null && range.quality() > 0) {
                ranges.add(range);
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::position));
        for (Range range : ranges) {
            Optional<LanguageTag> match = supported(range.tag(), offered);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** One language range of an Accept-Language header with its weight and position. */
    private record Range(String tag, double quality, int position) {
        static Range parse(String text, int position) {
            String[] pieces = text.trim().split(";", -1);
            String tag = pieces[0].trim().replace('_', '-').toLowerCase(Locale.ROOT);
            if (!tag.matches("[a-z]{1,8}(-[a-z0-9]{1,8})*")) {
                return null;
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
            return quality > 1.0 || quality < 0 ? null : new Range(tag, quality, position);
        }
    }
}
