package org.amparo.standards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One text of the library: a summary of an international instrument, guidance or principles from
 * the core, or a national law or procedure from a country pack.
 *
 * @param id unique in the library; a pack's items are {@code <cc>.law.<lawId>} and
 *        {@code <cc>.procedure.<pathwayId>} ({@code cc} lower case)
 * @param version the version of this item's content (core items: from their data file; pack items:
 *        the pack's content revision)
 * @param type what kind of text it is
 * @param title the title by language tag
 * @param topics topic codes ({@code trafficking}, {@code children} ...; names: {@code standards.topic.<code>})
 * @param audiences audience codes ({@code government}, {@code ngo-caseworker} ...; names:
 *        {@code standards.audience.<code>})
 * @param country ISO 3166-1 alpha-2 code of the country for a national item, {@code null} for an
 *        international one
 * @param fictional true for an item of a demonstration pack; the web labels it fictional
 * @param source where it comes from
 * @param evidence what the summary as a whole rests on
 * @param languages the languages it can be read in, the original or summary languages first
 * @param lastReviewed when its content was last reviewed, or {@code null} when unknown
 * @param sections its sections, in order
 * @since 1.0
 */
public record LibraryItem(String id, String version, ItemType type, Map<String, String> title, List<String> topics,
        List<String> audiences, String country, boolean fictional, Source source, Evidence evidence,
        List<LanguageVersion> languages, LocalDate lastReviewed, List<Section> sections) {
    public LibraryItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(evidence, "evidence");
        title = Map.copyOf(title);
        topics = List.copyOf(topics);
        audiences = List.copyOf(audiences);
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
    }

    /** The title in {@code language}, else English, else any language. */
    public String title(String language) {
        return pick(title, language);
    }

    /** The section with id {@code sectionId}. */
    public Optional<Section> section(String sectionId) {
        return sections.stream().filter(s -> s.id().equals(sectionId)).findFirst();
    }

    /** The language version for {@code language}, if the item has it. */
    public Optional<LanguageVersion> language(String language) {
        return languages.stream().filter(l -> l.language().equals(language)).findFirst();
    }

    static String pick(Map<String, String> texts, String language) {
        String text = language == null ? null : texts.get(language);
        if (text == null && language != null && language.indexOf('-') > 0) {
            text = texts.get(language.substring(0, language.indexOf('-')));
        }
        if (text == null) {
            text = texts.get("en");
        }
        if (text == null) {
            text = texts.values().stream().sorted().findFirst().orElse("");
        }
        return text;
    }
}
