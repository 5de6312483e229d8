package org.amparo.standards;

import java.util.List;

/**
 * A section that matches a search, with the passage to show.
 *
 * @param item the item
 * @param section the matching section
 * @param language the language of the matching text (may differ from the language asked for)
 * @param inHeading true when the passage is the section's heading (all words matched there)
 * @param passage the sentence (or heading) that matched best, verbatim from the text
 * @param highlights the matched words within {@code passage}, in order, not overlapping
 * @param score the relevance; higher is better, comparable only within one search
 * @since 1.0
 */
public record SearchHit(LibraryItem item, Section section, String language, boolean inHeading, String passage,
        List<Highlight> highlights, double score) {
    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
