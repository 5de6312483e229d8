package org.amparo.rest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.amparo.countries.CatalogSeed;
import org.amparo.countries.Country;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.NationalQuestion;
import org.amparo.countries.PackContents;
import org.amparo.countries.PackStatus;
import org.amparo.countries.Pathway;

/**
 * The JSON bodies of {@code /countries} (kept apart from {@link Dto} only because they are many):
 * the country-pack API's records copied into records of this bundle, so that a change there cannot
 * change the API by accident. Every text of a pack is a {@link Text}: its message key and the text
 * in the caller's language. Dates are ISO-8601 strings.
 */
final class CountryDto {
    private CountryDto() {
    }

    /** A pack text: the message key and the text it resolves to in the reply's language. */
    public record Text(String key, String text) {
        static Text of(String key, Function<String, String> texts) {
            return key == null ? null : new Text(key, texts.apply(key));
        }
    }

    public record PackList(List<PackView> items) {
        public PackList {
            items = List.copyOf(items);
        }
    }

    /**
     * @param bundleId -1 once the pack was removed
     * @param revision null unless the pack's content is stored
     * @param problems how many problems made the pack refused (0 otherwise)
     * @param catalogSeed null without a catalogue seed
     */
    public record PackView(String code, String symbolicName, long bundleId, String version, String revision, String state,
            int problems, Contents contents, List<String> translations, Seed catalogSeed, String changedAt) {
        static PackView of(PackStatus status) {
            return new PackView(status.code(), status.symbolicName(), status.bundleId(), status.version(), status.revision(),
                    status.state().name(), status.problems().size(), Contents.of(status.contents()), status.translations(),
                    Seed.of(status.catalogSeed()), Dto.iso(status.changedAt()));
        }
    }

    public record Contents(int laws, int provisions, int pathways, int pathwaySteps, int questions, int hotlines,
            long divisions) {
        static Contents of(PackContents contents) {
            PackContents c = contents == null ? PackContents.NONE : contents;
            return new Contents(c.laws(), c.provisions(), c.pathways(), c.pathwaySteps(), c.questions(), c.hotlines(),
                    c.divisions());
        }
    }

    /** @param rows rows per resource of the datapackage */
    public record Seed(String symbolicName, String version, boolean valid, int problems, Map<String, Integer> rows) {
        static Seed of(CatalogSeed seed) {
            return seed == null ? null
                    : new Seed(seed.symbolicName(), seed.version(), seed.valid(), seed.problems().size(), new TreeMap<>(seed.rows()));
        }
    }

    /**
     * What a fact rests on.
     *
     * @param confidence {@code V}, {@code P}, {@code GK} or {@code U}
     * @param verified true only for {@code V}: anything else must not be presented as settled
     * @param verifiedOn when someone last checked it, or null
     * @param note a caveat, or null
     */
    public record EvidenceView(String confidence, boolean verified, List<String> sources, String verifiedOn, Text note) {
        static EvidenceView of(Evidence evidence, Function<String, String> texts) {
            return evidence == null ? null
                    : new EvidenceView(evidence.confidence().name(), evidence.confidence().verified(), evidence.sources(),
                            isoDate(evidence.verifiedOn()), Text.of(evidence.noteKey(), texts));
        }
    }

    /**
     * @param language the language the texts are in (falling back to English where a text is missing)
     * @param ageOfMajority null when the pack does not state it
     * @param coordinatingBody null when the pack does not name one
     */
    public record CountryView(String code, String version, String revision, boolean fictional, String language, Text name,
            List<LanguageView> languages, Majority ageOfMajority, Body coordinatingBody, List<Hotline> hotlines,
            Text hotlinesNote, List<Text> divisionLevels, long divisions, List<LawView> laws, List<PathwayView> pathways,
            List<QuestionView> questions) {
        static CountryView of(Country country, String language, Function<String, String> texts) {
            return new CountryView(country.code(), country.version(), country.revision(), country.fictional(), language,
                    Text.of(country.nameKey(), texts),
                    country.languages().stream().map(l -> new LanguageView(l.tag(), l.official(), l.rightToLeft(),
                            EvidenceView.of(l.evidence(), texts))).toList(),
                    country.ageOfMajority() == null ? null
                            : new Majority(country.ageOfMajority().value(), EvidenceView.of(country.ageOfMajority().evidence(), texts)),
                    country.coordinatingBody() == null ? null
                            : new Body(Text.of(country.coordinatingBody().nameKey(), texts),
                                    EvidenceView.of(country.coordinatingBody().evidence(), texts)),
                    country.hotlines().stream().map(h -> new Hotline(h.id(), Text.of(h.nameKey(), texts), h.number(),
                            Text.of(h.hoursKey(), texts), EvidenceView.of(h.evidence(), texts))).toList(),
                    Text.of(country.hotlinesNoteKey(), texts),
                    country.divisionLevelKeys().stream().map(k -> Text.of(k, texts)).toList(),
                    country.divisions(),
                    country.laws().stream().map(l -> LawView.of(l, texts)).toList(),
                    country.pathways().stream().map(p -> PathwayView.of(p, texts)).toList(),
                    country.questions().stream().map(q -> QuestionView.of(q, texts)).toList());
        }
    }

    public record LanguageView(String tag, boolean official, boolean rightToLeft, EvidenceView evidence) {
    }

    public record Majority(int value, EvidenceView evidence) {
    }

    public record Body(Text name, EvidenceView evidence) {
    }

    /** @param number verbatim; @param hours null when not given */
    public record Hotline(String id, Text name, String number, Text hours, EvidenceView evidence) {
    }

    /** @param title the official title, verbatim, in {@code titleLanguage} (not a message key) */
    public record LawView(String id, String title, String titleLanguage, String number, String date, String dateKind,
            Text summary, EvidenceView evidence, List<ProvisionView> provisions) {
        static LawView of(Law law, Function<String, String> texts) {
            return new LawView(law.id(), law.title(), law.titleLanguage(), law.number(), isoDate(law.date()), law.dateKind(),
                    Text.of(law.summaryKey(), texts), EvidenceView.of(law.evidence(), texts),
                    law.provisions().stream().map(p -> new ProvisionView(p.id(), p.topic(), p.citation(),
                            Text.of(p.summaryKey(), texts), EvidenceView.of(p.evidence(), texts))).toList());
        }
    }

    public record ProvisionView(String id, String topic, String citation, Text summary, EvidenceView evidence) {
    }

    public record PathwayView(String id, String caseType, Text title, List<StepView> steps) {
        static PathwayView of(Pathway pathway, Function<String, String> texts) {
            return new PathwayView(pathway.id(), pathway.caseType(), Text.of(pathway.titleKey(), texts),
                    pathway.steps().stream().map(s -> new StepView(s.id(), Text.of(s.titleKey(), texts),
                            Text.of(s.responsibleKey(), texts), s.deadlineDays(), s.deadlineFrom(), s.basis(),
                            EvidenceView.of(s.evidence(), texts))).toList());
        }
    }

    /**
     * @param deadlineDays null when the sources give no deadline
     * @param deadlineFrom {@code identification} or {@code previous-step}; null without a deadline
     */
    public record StepView(String id, Text title, Text responsible, Integer deadlineDays, String deadlineFrom,
            List<String> basis, EvidenceView evidence) {
    }

    public record QuestionView(String id, String instrument, Text text, Text help, String answerType,
            List<OptionView> options, List<String> basis, EvidenceView evidence) {
        static QuestionView of(NationalQuestion question, Function<String, String> texts) {
            return new QuestionView(question.id(), question.instrument(), Text.of(question.textKey(), texts),
                    Text.of(question.helpKey(), texts), question.answerType(),
                    question.options().stream().map(o -> new OptionView(o.id(), Text.of(o.labelKey(), texts))).toList(),
                    question.basis(), EvidenceView.of(question.evidence(), texts));
        }
    }

    public record OptionView(String id, Text label) {
    }

    /**
     * A division. Place names are verbatim, not message keys.
     *
     * @param displayName the name in the reply's language if the pack gives one, else {@code name}
     * @param names the name in other languages or scripts, by language tag
     * @param path names of the enclosing divisions, top first
     */
    public record DivisionView(String country, String id, String parentId, int level, String name, String displayName,
            Map<String, String> names, List<String> path, boolean withdrawn) {
        static DivisionView of(Division division, String language) {
            return new DivisionView(division.country(), division.id(), division.parentId(), division.level(), division.name(),
                    division.name(language), new TreeMap<>(division.names()), division.path(), division.withdrawn());
        }
    }

    /** @param more whether another page follows */
    public record DivisionPageView(List<DivisionView> items, int offset, int limit, boolean more) {
        static DivisionPageView of(DivisionPage page, String language) {
            return new DivisionPageView(page.items().stream().map(d -> DivisionView.of(d, language)).toList(), page.offset(),
                    page.limit(), page.more());
        }
    }

    static String isoDate(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
