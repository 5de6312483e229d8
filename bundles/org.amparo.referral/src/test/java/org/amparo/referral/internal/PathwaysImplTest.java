package org.amparo.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.internal.Fixture;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.ValidationException;
import org.amparo.countries.Confidence;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.Evidence;
import org.amparo.countries.Law;
import org.amparo.countries.PackStatus;
import org.amparo.countries.Pathway;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.referral.Checklist;
import org.amparo.referral.ChecklistStep;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

/**
 * Pathway checklists over the real case service, with a fictional country pack (XA) whose law gives
 * a 30-day reflection period: the length and end date come from the pack, never from the code.
 */
class PathwaysImplTest {
    private static final Evidence FICTIONAL = new Evidence(Confidence.V, List.of("https://example.org/xa-law"), null, null);
    private final Fixture f = new Fixture();
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor zoe = f.user("zoe", f.otherOrg, Role.CASEWORKER);
    private final AtomicReference<Country> operating = new AtomicReference<>(country("rev-1", true));
    private final PathwaysImpl pathways = new PathwaysImpl(f.database, f.audit, f.cases, new Packs(operating), f.clock);

    private static Country country(String revision, boolean withNotifyStep) {
        Law law = new Law("law-1", "Fictional Law 1 on trafficking (XA)", "en", "1", LocalDate.of(2020, 1, 1), "adopted",
                "country.xa.law-1", FICTIONAL, List.of(
                        new Law.Provision("reflection", "reflection-period", "Art. 7", "country.xa.law-1.reflection", FICTIONAL),
                        new Law.Provision("coordination", "coordination", "Art. 3", "country.xa.law-1.coordination", FICTIONAL)));
        List<Pathway.Step> steps = new java.util.ArrayList<>();
        if (withNotifyStep) {
            steps.add(new Pathway.Step("notify", "country.xa.step.notify", "country.xa.body", 2, "identification",
                    List.of("law-1#coordination"), FICTIONAL));
        }
        steps.add(new Pathway.Step("reflection", "country.xa.step.reflection", null, 30, "identification",
                List.of("law-1#reflection"), FICTIONAL));
        steps.add(new Pathway.Step("plan", "country.xa.step.plan", null, 10, "previous-step", List.of(), FICTIONAL));
        Pathway trafficking = new Pathway("trafficking-adult", "trafficking", "country.xa.pathway.adult", steps);
        Pathway child = new Pathway("child", "child", "country.xa.pathway.child",
                List.of(new Pathway.Step("guardian", "country.xa.step.guardian", null, null, null, List.of(), FICTIONAL)));
        return new Country("XA", "1.0.0", revision, true, "country.xa.name", List.of(), new Country.AgeOfMajority(18, null), null,
                List.of(), null, List.of(), 0, List.of(law), List.of(trafficking, child), List.of());
    }

    private long traffickingCase() {
        return f.cases.open(ana, f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad")),
                Set.of(CaseFlag.POSSIBLE_TRAFFICKING_VICTIM)).id();
    }

    @Test
    void theCasesPathwayIsAChecklistWithTheDeadlinesAndTheReflectionPeriodOfThePack() {
        long caseId = traffickingCase();
        List<Checklist> lists = pathways.checklist(ana, caseId);
        assertThat(lists).extracting(Checklist::pathwayId).containsExactly("trafficking-adult");
        List<ChecklistStep> steps = lists.get(0).steps();
        assertThat(steps).extracting(ChecklistStep::stepId).containsExactly("notify", "reflection", "plan");
        assertThat(steps.get(0).dueOn()).isEqualTo(Fixture.TODAY.plusDays(2));
        assertThat(steps.get(1).reflectionPeriod()).isTrue();
        assertThat(steps.get(1).dueOn()).as("the reflection period ends 30 days after identification").isEqualTo(Fixture.TODAY.plusDays(30));
        assertThat(steps.get(1).basis()).singleElement().satisfies(b -> {
            assertThat(b.citation()).isEqualTo("Art. 7");
            assertThat(b.topic()).isEqualTo("reflection-period");
        });
        assertThat(steps.get(2).dueOn()).as("counted from the previous step, not done yet").isNull();
        assertThat(steps.get(0).overdue(Fixture.TODAY.plusDays(3))).isTrue();

        List<Checklist> after = pathways.markDone(ana, caseId, "trafficking-adult", "reflection", Fixture.TODAY, "Explained to her.");
        ChecklistStep reflection = after.get(0).steps().get(1);
        assertThat(reflection.doneOn()).isEqualTo(Fixture.TODAY);
        assertThat(reflection.doneBy()).isEqualTo("ana");
        assertThat(after.get(0).steps().get(2).dueOn()).isEqualTo(Fixture.TODAY.plusDays(10));
        assertThatThrownBy(() -> pathways.markDone(ana, caseId, "trafficking-adult", "reflection", Fixture.TODAY, ""))
                .isInstanceOf(ConflictException.class);
        assertThat(pathways.unmark(ana, caseId, "trafficking-adult", "reflection").get(0).steps().get(1).doneOn()).isNull();
    }

    @Test
    void marksAreCheckedAndNeedToKnowApplies() {
        long caseId = traffickingCase();
        assertThatThrownBy(() -> pathways.markDone(ana, caseId, "trafficking-adult", "nope", Fixture.TODAY.plusDays(1), "x".repeat(2001)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(er -> er.field())
                        .containsExactlyInAnyOrder("doneOn", "note", "stepId"));
        assertThatThrownBy(() -> pathways.markDone(ana, caseId, "child", "guardian", Fixture.TODAY, ""))
                .as("not a pathway of this case").isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> pathways.checklist(zoe, caseId)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> pathways.markDone(zoe, caseId, "trafficking-adult", "notify", Fixture.TODAY, ""))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMarkOutlivesTheStepWhenThePackChanges() {
        long caseId = traffickingCase();
        pathways.markDone(ana, caseId, "trafficking-adult", "notify", Fixture.TODAY, "");
        operating.set(country("rev-2", false));
        Checklist list = pathways.checklist(ana, caseId).get(0);
        assertThat(list.revision()).isEqualTo("rev-2");
        assertThat(list.steps()).extracting(ChecklistStep::stepId).containsExactly("reflection", "plan");
        assertThat(list.orphans()).singleElement().satisfies(o -> {
            assertThat(o.titleKey()).isEqualTo("country.xa.step.notify");
            assertThat(o.doneOn()).isEqualTo(Fixture.TODAY);
        });
        operating.set(null);
        assertThat(pathways.checklist(ana, caseId)).singleElement().satisfies(c -> {
            assertThat(c.titleKey()).isEqualTo("referral.pathway.removed");
            assertThat(c.orphans()).hasSize(1);
        });
    }

    @Test
    void aChildsCaseGetsTheChildPathway() {
        long caseId = f.cases.open(ana, f.register(ana, Fixture.child("Yusuf")), Set.of()).id();
        assertThat(pathways.checklist(ana, caseId)).extracting(Checklist::pathwayId).containsExactly("child");
        assertThat(pathways.checklist(ana, traffickingCase())).extracting(Checklist::pathwayId).containsExactly("trafficking-adult");
    }

    /** Only the operating country matters to pathways. */
    private record Packs(AtomicReference<Country> operating) implements CountryPacks {
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
            return Optional.ofNullable(operating.get());
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
            return Optional.empty();
        }
    }
}
