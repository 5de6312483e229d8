package org.amparo.screening.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.amparo.countries.Confidence;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.Evidence;
import org.amparo.countries.NationalQuestion;
import org.amparo.countries.PackStatus;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.screening.Answer;
import org.amparo.screening.Answers;
import org.amparo.screening.Determination;
import org.amparo.screening.DeterminationContext;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.ScreeningProblem;
import org.amparo.screening.SetReference;
import org.junit.jupiter.api.Test;
import org.amparo.datafile.Source;

/**
 * The instruments service over what the country-pack extender keeps of every pack revision: a
 * revision's national rules change new determinations, and a screening made with a revision is
 * determined again, with that revision's questions, flags, rules and texts, after the pack was
 * updated or removed. The fictional Exampleland (XA) pack of the test resources stands in for a
 * real one.
 */
class NationalRevisionsTest {
    private final StoredPacks packs = new StoredPacks();
    private final DeterminationEngineImpl engine = new DeterminationEngineImpl();

    private InstrumentsImpl instruments() throws IOException {
        InstrumentsImpl instruments = new InstrumentsImpl(Source.of(Fixtures.classes()));
        instruments.setPacks(packs);
        return instruments;
    }

    private static String resource(String path) {
        try (InputStream in = NationalRevisionsTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The XA pack with a national flag and two rules (to a national flag and to a core service). */
    private static final String WITH_RULES = resource("/packs/xa/amparo/country/screening.json");
    /** The XA pack in the first published format: questions only. */
    private static final String QUESTIONS_ONLY = resource("/packs/published/amparo/country/screening.json");

    /** Deceived and exploited with a threat at destination (not enough alone), confined at work, permit expired. */
    private static Answers answers() {
        return Answers.NONE.with("tip-recruited", Answer.yes())
                .with("tip-recruitment-deception", Answer.of("deceived-nature-of-job", "deceived-wages"))
                .with("tip-recruitment-coercion", Answer.of()).with("tip-recruitment-vulnerability", Answer.of())
                .with("tip-worked", Answer.yes()).with("tip-exploitation", Answer.of("excessive-hours", "low-or-no-salary"))
                .with("tip-destination-coercion", Answer.of("threats-of-violence")).with("tip-destination-vulnerability", Answer.of())
                .with("xa-confined-at-work", Answer.yes()).with("xa-permit", Answer.of("expired"));
    }

    private Determination determine(InstrumentSet set) {
        return engine.determine(set, answers(), DeterminationContext.adult());
    }

    @Test
    void theRulesOfTheOperatingRevisionChangeTheDeterminationOfANewScreening() throws IOException {
        Determination core = determine(new InstrumentsImpl(Source.of(Fixtures.classes())).current());
        packs.publish("rev-1", WITH_RULES);

        InstrumentSet current = instruments().current();
        assertThat(current.additions()).extracting(a -> a.reference() + ":" + a.instrument())
                .containsExactly("XA@rev-1:trafficking-identification", "XA@rev-1:vulnerability");
        assertThat(current.additions()).flatExtracting(InstrumentAddition::rules).extracting(r -> r.id())
                .containsExactly("xa.refer-national-unit", "xa.permit-legal-aid");
        Determination national = determine(current);

        assertThat(core.list("adult_labour").orElseThrow().outcome()).isEqualTo(org.amparo.screening.Outcome.NOT_MET);
        assertThat(core.flagIds()).doesNotContain("possible-trafficking-victim", "xa-refer-national-unit");
        assertThat(national.list("adult_labour").orElseThrow().outcome()).isEqualTo(org.amparo.screening.Outcome.MET);
        assertThat(national.flagIds()).contains("possible-trafficking-victim", "xa-refer-national-unit");
        assertThat(national.needs()).filteredOn(n -> n.service().equals("legal-aid")).singleElement()
                .satisfies(n -> assertThat(n.explanations()).extracting(e -> e.rule()).contains("xa.permit-legal-aid"));
    }

    @Test
    void aScreeningOfAnOldRevisionIsDeterminedAgainAfterThePackChangedAndAfterItWasRemoved() throws IOException {
        packs.publish("rev-1", WITH_RULES);
        InstrumentsImpl instruments = instruments();
        InstrumentSet then = instruments.current();
        SetReference stored = then.reference();
        Determination first = determine(then);
        assertThat(first.flagIds()).contains("xa-refer-national-unit");

        packs.publish("rev-2", QUESTIONS_ONLY);
        assertThat(instruments.current().reference().additions())
                .containsExactly("XA@rev-2:trafficking-identification", "XA@rev-2:vulnerability");
        assertThat(determine(instruments.current()).flagIds()).doesNotContain("xa-refer-national-unit");
        InstrumentSet again = instruments.set(stored).orElseThrow();
        assertThat(again.reference()).isEqualTo(stored);
        assertThat(determine(again)).isEqualTo(first);

        packs.remove();
        assertThat(instruments.current().additions()).isEmpty();
        InstrumentsImpl afterRestart = instruments();
        assertThat(determine(afterRestart.set(stored).orElseThrow())).as("read from the store, not from memory").isEqualTo(first);

        SetReference unknown = new SetReference(stored.instruments(), List.of("XA@rev-9:vulnerability"),
                stored.indicatorLists(), stored.rules(), stored.taxonomy());
        assertThat(afterRestart.set(unknown)).isEmpty();
    }

    @Test
    void aRevisionStoredBeforeWholeFilesWereKeptStillGivesItsQuestionsAndTheirTexts() throws IOException {
        packs.questionsOnly("rev-0");
        InstrumentsImpl instruments = instruments();
        SetReference core = Fixtures.current().reference();
        SetReference stored = new SetReference(core.instruments(), List.of("XA@rev-0:vulnerability"), core.indicatorLists(),
                core.rules(), core.taxonomy());

        InstrumentSet set = instruments.set(stored).orElseThrow();
        assertThat(set.additions()).singleElement().satisfies(a -> assertThat(a.questions()).extracting(q -> q.id())
                .containsExactly("xa-permit"));
        assertThat(instruments.nationalText("xa", "rev-0", "country.xa.q.permit", "fr")).contains("Titre de séjour (fictif)");
        assertThat(instruments.nationalText("XA", "rev-0", "country.xa.q.permit.expired", "ar"))
                .as("English when that revision had no text in the language").contains("Expired");
        assertThat(instruments.nationalText("XA", "rev-0", "country.xa.no-such-key", "en")).isEmpty();
        assertThat(instruments.nationalText("XA", "rev-9", "country.xa.q.permit", "en")).isEmpty();
    }

    @Test
    void additionsThatDoNotHoldTogetherWithTheCoreAreLeftOutAndSayWhy() throws IOException {
        packs.publish("rev-3", WITH_RULES.replace("\"when\": {\"flag\": \"possible-trafficking-victim\"}",
                "\"when\": {\"flag\": \"no-such-flag\"}"));
        InstrumentsImpl instruments = instruments();

        assertThat(instruments.current().additions()).isEmpty();
        assertThat(instruments.current().instruments()).hasSize(4);
        assertThat(instruments.nationalProblems("XA", "rev-3")).extracting(ScreeningProblem::describe).containsExactly(
                "amparo/country/screening.json:35 /rules/0/when/flag: \"no-such-flag\" refers to nothing: no flag of that id");
        assertThat(instruments.nationalProblems("XA", "rev-1")).isEmpty();

        packs.publish("rev-4", WITH_RULES);
        assertThat(instruments.nationalProblems("XA", "rev-4")).isEmpty();
        assertThat(instruments.current().additions()).hasSize(2);
    }

    /**
     * Country packs as the extender keeps them, in memory: every revision's screening file,
     * questions and texts, and one operating revision (none once the pack is removed).
     */
    static final class StoredPacks implements CountryPacks {
        private final Map<String, String> definitions = new HashMap<>();
        private final Map<String, List<QuestionSnapshot>> questions = new HashMap<>();
        private Country operating;

        void publish(String revision, String screening) {
            definitions.put(revision, screening);
            operating = new Country("XA", "1.0.0", revision, true, "country.xa.name", List.of(), null, null, List.of(), null,
                    List.of(), 0, List.of(), List.of(), List.of());
        }

        /** A revision of which only the questions were kept, with English and French texts. */
        void questionsOnly(String revision) {
            Evidence unknown = new Evidence(Confidence.U, List.of(), null, null);
            NationalQuestion permit = new NationalQuestion("xa-permit", "vulnerability", "country.xa.q.permit", null,
                    "single-choice", List.of(new NationalQuestion.Option("none", "country.xa.q.permit.none"),
                            new NationalQuestion.Option("expired", "country.xa.q.permit.expired")), List.of(), unknown);
            Map<String, Map<String, String>> texts = Map.of(
                    "en", Map.of("country.xa.q.permit", "Residence permit (fictional)", "country.xa.q.permit.none", "None",
                            "country.xa.q.permit.expired", "Expired"),
                    "fr", Map.of("country.xa.q.permit", "Titre de séjour (fictif)"));
            questions.put(revision, List.of(new QuestionSnapshot("XA", revision, permit, texts)));
        }

        void remove() {
            operating = null;
        }

        @Override
        public List<PackStatus> packs() {
            return List.of();
        }

        @Override
        public Optional<PackStatus> status(String codeOrBundleId) {
            return Optional.empty();
        }

        @Override
        public Optional<Country> country(String code) {
            return operatingCountry().filter(c -> c.code().equals(code));
        }

        @Override
        public Optional<Country> operatingCountry() {
            return Optional.ofNullable(operating);
        }

        @Override
        public DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
            return new DivisionPage(List.of(), offset, limit, false);
        }

        @Override
        public Optional<Division> division(String code, String id) {
            return Optional.empty();
        }

        @Override
        public Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
            return questions(code, revision).stream().filter(q -> q.question().id().equals(questionId)).findFirst();
        }

        @Override
        public List<QuestionSnapshot> questions(String code, String revision) {
            return "XA".equals(code) ? questions.getOrDefault(revision, List.of()) : List.of();
        }

        @Override
        public Optional<String> screeningDefinition(String code, String revision) {
            return "XA".equals(code) ? Optional.ofNullable(definitions.get(revision)) : Optional.empty();
        }
    }
}
