package org.amparo.standards.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.countries.Country;
import org.amparo.countries.Law;
import org.amparo.countries.Pathway;
import org.amparo.standards.Evidence;
import org.amparo.standards.ItemType;
import org.amparo.standards.LanguageVersion;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.Place;
import org.amparo.standards.Section;
import org.amparo.standards.Source;

/**
 * The library items of one active country pack: each law becomes a national-law item (a summary
 * section, then one section per provision with its citation and evidence), each referral pathway a
 * national-procedure item whose sections are its steps, each step a {@link Place.PathwayStep}. Texts
 * come from the pack's message keys in every language that has them; a text in a language other
 * than the law's own (for a procedure: other than an official language of the country) is marked
 * as an unofficial translation.
 */
final class PackItems {
    private static final List<String> AUDIENCES = List.of("government", "ngo-caseworker", "service-provider");
    private final Messages messages;
    private final List<String> languages;

    PackItems(Messages messages) {
        this.messages = messages;
        List<String> tags = new ArrayList<>();
        tags.add("en");
        messages.languages().stream().map(LanguageTag::value).filter(t -> !tags.contains(t)).forEach(tags::add);
        this.languages = List.copyOf(tags);
    }

    static String lawId(String country, String lawId) {
        return country.toLowerCase(Locale.ROOT) + ".law." + lawId;
    }

    static String procedureId(String country, String pathwayId) {
        return country.toLowerCase(Locale.ROOT) + ".procedure." + pathwayId;
    }

    List<LibraryItem> items(Country country) {
        List<LibraryItem> items = new ArrayList<>();
        for (Law law : country.laws()) {
            items.add(law(country, law));
        }
        for (Pathway pathway : country.pathways()) {
            items.add(procedure(country, pathway));
        }
        return items;
    }

    private LibraryItem law(Country country, Law law) {
        String own = primary(law.titleLanguage());
        List<Section> sections = new ArrayList<>();
        Map<String, String> summary = texts(law.summaryKey());
        sections.add(new Section("summary", label("standards.label.summary", summary.keySet()), summary, law.number(),
                evidence(law.evidence()), List.of()));
        for (Law.Provision provision : law.provisions()) {
            Map<String, String> text = texts(provision.summaryKey());
            Map<String, String> heading = new LinkedHashMap<>();
            text.keySet().forEach(l -> heading.put(l, provision.citation()));
            sections.add(new Section(provision.id(), heading, text, provision.citation(), evidence(provision.evidence()),
                    List.of()));
        }
        Set<String> topics = new LinkedHashSet<>();
        for (Pathway pathway : country.pathways()) {
            for (Pathway.Step step : pathway.steps()) {
                if (step.basis().stream().anyMatch(b -> b.equals(law.id()) || b.startsWith(law.id() + "#"))) {
                    topics.add(Vocabulary.topicOfPathwayType(pathway.caseType()));
                }
            }
        }
        LocalDate reviewed = Stream.concat(Stream.of(law.evidence()), law.provisions().stream().map(Law.Provision::evidence))
                .filter(Objects::nonNull).map(org.amparo.countries.Evidence::verifiedOn).filter(Objects::nonNull)
                .max(LocalDate::compareTo).orElse(null);
        String link = law.evidence() == null || law.evidence().sources().isEmpty() ? null : law.evidence().sources().get(0);
        return new LibraryItem(lawId(country.code(), law.id()), country.revision(), ItemType.NATIONAL_LAW,
                Map.of(own, law.title()), List.copyOf(topics), AUDIENCES, country.code(), country.fictional(),
                new Source(law.title(), null, law.date() == null ? null : law.date().getYear(), link),
                evidence(law.evidence()), versions(sections, Set.of(own)), reviewed, sections);
    }

    private LibraryItem procedure(Country country, Pathway pathway) {
        Set<String> official = new LinkedHashSet<>();
        country.languages().stream().filter(Country.CountryLanguage::official).forEach(l -> official.add(primary(l.tag())));
        List<Section> sections = new ArrayList<>();
        for (Pathway.Step step : pathway.steps()) {
            Map<String, String> heading = texts(step.titleKey());
            Map<String, String> text = new LinkedHashMap<>();
            for (String language : heading.keySet()) {
                text.put(language, stepText(country, step, language));
            }
            sections.add(new Section(step.id(), heading, text, null, evidence(step.evidence()),
                    List.of(new Place.PathwayStep(country.code(), pathway.id(), step.id()))));
        }
        Map<String, String> title = texts(pathway.titleKey());
        LocalDate reviewed = pathway.steps().stream().map(Pathway.Step::evidence).filter(Objects::nonNull)
                .map(org.amparo.countries.Evidence::verifiedOn).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
        Evidence evidence = pathway.steps().stream().map(Pathway.Step::evidence).filter(Objects::nonNull)
                .map(PackItems::evidence).reduce(PackItems::weaker).orElse(new Evidence("U", List.of(), null, null));
        return new LibraryItem(procedureId(country.code(), pathway.id()), country.revision(), ItemType.NATIONAL_PROCEDURE,
                title, List.of(Vocabulary.topicOfPathwayType(pathway.caseType()), "referral"), AUDIENCES, country.code(),
                country.fictional(), new Source(title.getOrDefault("en", null), null, null, null), evidence,
                versions(sections, official), reviewed, sections);
    }

    private String stepText(Country country, Pathway.Step step, String language) {
        LanguageTag tag = LanguageTag.of(language);
        List<String> lines = new ArrayList<>();
        if (step.responsibleKey() != null && messages.has(step.responsibleKey())) {
            lines.add(messages.get(tag, "standards.procedure.responsible", messages.get(tag, step.responsibleKey())));
        }
        if (step.deadlineDays() != null) {
            String from = "previous-step".equals(step.deadlineFrom()) ? "standards.procedure.fromPreviousStep"
                    : "standards.procedure.fromIdentification";
            lines.add(messages.get(tag, from, step.deadlineDays()));
        }
        List<String> basis = new ArrayList<>();
        for (String reference : step.basis()) {
            String lawId = reference.contains("#") ? reference.substring(0, reference.indexOf('#')) : reference;
            String provisionId = reference.contains("#") ? reference.substring(reference.indexOf('#') + 1) : null;
            country.laws().stream().filter(l -> l.id().equals(lawId)).findFirst().ifPresent(law -> basis.add(provisionId == null
                    ? law.title()
                    : law.title() + ", " + law.provisions().stream().filter(p -> p.id().equals(provisionId))
                            .map(Law.Provision::citation).findFirst().orElse(provisionId)));
        }
        if (!basis.isEmpty()) {
            lines.add(messages.get(tag, "standards.procedure.basis", String.join("; ", basis)));
        }
        if (lines.isEmpty()) {
            lines.add(messages.get(tag, "standards.procedure.noDetail"));
        }
        return String.join("\n", lines);
    }

    /** The texts of {@code key} in every language that has its own text (not the English fallback). */
    private Map<String, String> texts(String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (key == null || !messages.has(key)) {
            return texts;
        }
        String english = messages.get(LanguageTag.ENGLISH, key);
        texts.put("en", english);
        for (String language : languages) {
            if (!language.equals("en")) {
                String text = messages.get(LanguageTag.of(language), key);
                if (!text.equals(english) && !text.startsWith("[")) {
                    texts.put(language, text);
                }
            }
        }
        return texts;
    }

    private Map<String, String> label(String key, Set<String> languages) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String language : languages) {
            texts.put(language, messages.get(LanguageTag.of(language), key));
        }
        return texts;
    }

    private static List<LanguageVersion> versions(List<Section> sections, Set<String> originals) {
        Set<String> present = new LinkedHashSet<>();
        originals.stream().filter(l -> sections.stream().anyMatch(s -> s.text().containsKey(l))).forEach(present::add);
        // then English, then the others alphabetically (section texts are unordered maps)
        if (sections.stream().anyMatch(s -> s.text().containsKey("en"))) {
            present.add("en");
        }
        sections.stream().flatMap(s -> s.text().keySet().stream()).sorted().forEach(present::add);
        return present.stream().map(l -> new LanguageVersion(l, !originals.contains(l))).toList();
    }

    private static String primary(String tag) {
        return tag == null ? "en" : Locale.forLanguageTag(tag).getLanguage();
    }

    static Evidence evidence(org.amparo.countries.Evidence evidence) {
        if (evidence == null) {
            return new Evidence("U", List.of(), null, null);
        }
        return new Evidence(evidence.confidence().name(), evidence.sources(), evidence.verifiedOn(), evidence.noteKey());
    }

    /** The less certain of two: a procedure is only as settled as its least-checked step. */
    private static Evidence weaker(Evidence a, Evidence b) {
        return Vocabulary.CONFIDENCE.indexOf(b.confidence()) > Vocabulary.CONFIDENCE.indexOf(a.confidence())
                ? new Evidence(b.confidence(), List.of(), null, null)
                : new Evidence(a.confidence(), List.of(), null, null);
    }
}
