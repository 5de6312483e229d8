package org.amparo.standards;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One section of an item, in every language the item has.
 *
 * @param id unique within the item
 * @param heading the heading by language tag
 * @param text the text by language tag (plain text; paragraphs separated by a blank line)
 * @param citation the article or section cited, verbatim (a law's provision), or {@code null}
 * @param evidence what this section rests on, or {@code null} when the item's evidence applies
 * @param places the places of the platform that this section stands behind (a pathway step for a
 *        national procedure); usually empty, the item's places are given by {@link Library#appliedIn}
 * @since 1.0
 */
public record Section(String id, Map<String, String> heading, Map<String, String> text, String citation,
        Evidence evidence, List<Place> places) {
    public Section {
        Objects.requireNonNull(id, "id");
        heading = Map.copyOf(heading);
        text = Map.copyOf(text);
        places = List.copyOf(places);
    }

    /** The heading in {@code language}, else English, else any language. */
    public String heading(String language) {
        return LibraryItem.pick(heading, language);
    }

    /** The text in {@code language}, else English, else any language. */
    public String text(String language) {
        return LibraryItem.pick(text, language);
    }
}
