package org.amparo.standards;

/**
 * Where an item comes from. Every part is {@code null} where the project's sources do not give it:
 * the library never fills a gap with a guess.
 *
 * @param title the source's title, verbatim, or {@code null}
 * @param organisation who issued it, or {@code null}
 * @param year the year of the edition summarised, or {@code null}
 * @param link a link to it or to a page describing it, or {@code null}
 * @since 1.0
 */
public record Source(String title, String organisation, Integer year, String link) {
}
