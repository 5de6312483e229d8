package org.amparo.cases.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditQuery;
import org.amparo.cases.Actor;
import org.amparo.cases.AgeAssessment;
import org.amparo.cases.Consent;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Document;
import org.amparo.cases.DocumentHolder;
import org.amparo.cases.DuplicateCandidate;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.cases.Sex;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.security.Role;
import org.junit.jupiter.api.Test;

/** Registration, consent first, on real Derby with the real audit log. */
class PersonServiceImplTest {
    private final Fixture f = new Fixture();
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);

    @Test
    void withoutConsentToRegistrationNothingPersonalIsStoredAndTheReasonIsExplained() {
        PersonDetails details = Fixture.adult("Amina Haddad", "");
        for (ConsentDecision decision : List.of(
                new ConsentDecision(Set.of(ConsentPurpose.REGISTRATION), Set.of(), ConsentMethod.WRITTEN, "ar", Fixture.TODAY, false),
                Fixture.consent(ConsentPurpose.ASSISTANCE))) {
            assertThatThrownBy(() -> f.persons.register(ana, new Registration(decision, details, false)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                            .containsExactly(new FieldError("consent", "cases.consent.registrationRequired")));
        }
        assertThat(rows("cases.person")).isZero();
        assertThat(rows("cases.consent")).isZero();
    }

    @Test
    void aRefusalIsCountedWithoutAnyPersonalData() {
        Consent refusal = f.persons.recordRefusal(ana, new ConsentDecision(Set.of(ConsentPurpose.REGISTRATION), Set.of(),
                ConsentMethod.VERBAL_CERTIFIED, "fr", Fixture.TODAY, false));
        assertThat(refusal.personId()).isNull();
        assertThat(refusal.recordedBy()).isEqualTo("ana");
        assertThat(f.persons.refusals(ana)).isEqualTo(1);
        assertThat(rows("cases.person")).isZero();
        assertThatThrownBy(() -> f.persons.recordRefusal(ana, Fixture.consent(ConsentPurpose.REGISTRATION)))
                .isInstanceOf(ValidationException.class);
        assertThat(f.audit.page(new AuditQuery("ana", "consent.refusal", 0, 5))).hasSize(1);
    }

    @Test
    void everyWrongFieldIsReportedAndNothingIsWritten() {
        PersonDetails wrong = new PersonDetails(List.of(new Name(" ", "")), null, "", LocalDate.of(2030, 1, 1), false, -3,
                null, new AgeAssessment(17, 15, "", null, ""), "ZZ", List.of("ar", "qqq-not"),
                List.of(new Document("", DocumentHolder.LOST)), "XA", "XA-NOWHERE", "");
        ConsentDecision consent = new ConsentDecision(Set.of(ConsentPurpose.REGISTRATION), Set.of(), ConsentMethod.WRITTEN,
                "ar", Fixture.TODAY, true);
        assertThatThrownBy(() -> f.persons.register(ana, new Registration(consent, wrong, true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactlyInAnyOrder("names[0].original", "sex", "dateOfBirth", "claimedAge", "assessedAge",
                                "assessedAge.assessedOn", "assessedAge.method", "nationality", "languages[1]",
                                "documents[0].type", "locationDivisionId"));
        assertThat(rows("cases.person") + rows("cases.consent") + rows("cases.name_key")).isZero();
    }

    @Test
    void aBadConsentDecisionIsReportedFieldByField() {
        ConsentDecision bad = new ConsentDecision(Set.of(ConsentPurpose.REGISTRATION, ConsentPurpose.SHARING), Set.of(), null,
                "not a language", Fixture.TODAY.plusDays(1), true);
        assertThatThrownBy(() -> f.persons.register(ana, new Registration(bad, Fixture.adult("X", "X"), true)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::messageKey)
                        .containsExactlyInAnyOrder("cases.consent.methodRequired", "cases.consent.languageInvalid",
                                "cases.consent.dateInFuture", "cases.consent.sharingNeedsOrganisations"));
    }

    @Test
    void theLocationKeepsTheNamesItHadAfterThePackIsRemoved() {
        PersonDetails details = new PersonDetails(List.of(new Name("أحمد", "")), Sex.MALE, "", null, false, 30, null, null,
                "", List.of("ar", "fr"), List.of(new Document("passport", DocumentHolder.WITHHELD_BY_OTHER)), "XA", "XA-N-1",
                "");
        long id = f.register(ana, details);
        f.packs.remove("XA");

        Person person = f.persons.get(ana, id);
        assertThat(person.location().divisionId()).isEqualTo("XA-N-1");
        assertThat(person.location().namePath()).containsExactly("Northern Region (fictional)", "Port Élan (fictional)");
        assertThat(person.details().names()).containsExactly(new Name("أحمد", "Ahmad"));
        assertThat(person.details().documents()).containsExactly(new Document("passport", DocumentHolder.WITHHELD_BY_OTHER));
        assertThat(person.details().languages()).containsExactly("ar", "fr");
        assertThatThrownBy(() -> f.persons.register(ana, new Registration(Fixture.consent(ConsentPurpose.REGISTRATION),
                details, true))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("locationCountry"));
    }

    @Test
    void aPersonIsTreatedAsAChildWhenAnyAgeSaysSo() {
        PersonDetails adultOnPaper = new PersonDetails(List.of(new Name("Sami", "Sami")), Sex.MALE, "", null, false, 20,
                LocalDate.of(2000, 1, 1), new AgeAssessment(16, 19, "interview", LocalDate.of(2026, 11, 1), "panel"), "", List.of(),
                List.of(), "", "", "");
        assertThat(f.persons.get(ana, f.register(ana, adultOnPaper)).child()).isTrue();
        assertThat(f.persons.get(ana, f.register(ana, Fixture.adult("Lina", "Lina"))).child()).isFalse();

        // the age of majority comes from the operating country's pack (a fictional 21 here), else 18
        PersonDetails nineteen = new PersonDetails(List.of(new Name("Omar", "Omar")), Sex.MALE, "", null, false, 19, null,
                null, "", List.of(), List.of(), "", "", "");
        long omar = f.register(ana, nineteen);
        assertThat(f.persons.get(ana, omar).child()).isFalse();
        f.packs.add("XB", 21);
        f.packs.operating = "XB";
        assertThat(f.persons.get(ana, omar).child()).isTrue();
        f.packs.operating = "none";
        assertThat(f.persons.get(ana, omar).child()).isFalse();
    }

    @Test
    void aPossibleDuplicateStopsRegistrationUntilConfirmed() {
        long first = f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad"));
        Actor other = f.user("omar", f.otherOrg, Role.CASEWORKER);
        f.register(other, Fixture.adult("Amina Haddad", "Amina Haddad"));

        Registration again = new Registration(Fixture.consent(ConsentPurpose.REGISTRATION), Fixture.adult("Haddad Amina", ""),
                false);
        RegistrationResult result = f.persons.register(ana, again);
        assertThat(result).isInstanceOfSatisfying(RegistrationResult.PossibleDuplicates.class,
                d -> assertThat(d.candidates()).singleElement().satisfies(c -> {
                    assertThat(c.personId()).isEqualTo(first);
                    assertThat(c.reasons()).contains("name", "dateOfBirth");
                }));
        assertThat(rows("cases.person")).isEqualTo(2);

        RegistrationResult confirmed = f.persons.register(ana,
                new Registration(again.consent(), again.details(), true));
        long second = ((RegistrationResult.Registered) confirmed).person().id();
        assertThat(f.persons.duplicates(ana, second)).extracting(DuplicateCandidate::personId).containsExactly(first);
        assertThat(f.audit.page(new AuditQuery("ana", "person.register", 0, 5)).get(0).detail()).isEqualTo("notADuplicate");
    }

    @Test
    void consentIsWithdrawnPerPurposeAndTheHistoryIsKept() {
        long id = f.register(ana, Fixture.adult("Amina", "Amina"));
        f.persons.recordConsent(ana, id, new ConsentDecision(Set.of(ConsentPurpose.SHARING), Set.of("NGO-B"),
                ConsentMethod.RECORDED, "ar", Fixture.TODAY, true));
        Consent withdrawn = f.persons.withdrawConsent(ana, id, ConsentPurpose.ASSISTANCE, Fixture.TODAY);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(Fixture.TODAY);
        assertThat(withdrawn.active()).isFalse();
        List<Consent> history = f.persons.consents(ana, id);
        assertThat(history).extracting(Consent::purpose).containsExactly(ConsentPurpose.REGISTRATION,
                ConsentPurpose.ASSISTANCE, ConsentPurpose.SHARING);
        assertThat(history.get(2).sharingWith()).containsExactly("NGO-B");
        assertThat(history).filteredOn(Consent::active).extracting(Consent::purpose)
                .containsExactly(ConsentPurpose.REGISTRATION, ConsentPurpose.SHARING);
        assertThatThrownBy(() -> f.persons.withdrawConsent(ana, id, ConsentPurpose.ASSISTANCE, Fixture.TODAY))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("cases.consent.notActive"));
        assertThat(f.audit.page(new AuditQuery("ana", "consent.withdraw", 0, 5))).singleElement()
                .satisfies(e -> assertThat(e.detail()).isEqualTo("purpose=ASSISTANCE"));
    }

    @Test
    void personsAreSeenOnlyByWhoMayKnowAndEveryAttemptIsAudited() {
        long id = f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad"));
        Actor colleague = f.user("bea", f.org, Role.CASEWORKER);
        Actor supervisor = f.user("sol", f.org, Role.SUPERVISOR);
        Actor admin = f.user("root", f.org, Role.SYSTEM_ADMIN, Role.COUNTRY_ADMIN, Role.AUDITOR);
        assertThat(f.persons.get(supervisor, id).id()).isEqualTo(id);
        assertThatThrownBy(() -> f.persons.get(colleague, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.persons.get(admin, id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.persons.register(admin, new Registration(Fixture.consent(ConsentPurpose.REGISTRATION),
                Fixture.adult("X", "X"), true))).isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> entries = f.audit.page(new AuditQuery(null, "person.", 0, 50));
        assertThat(entries).extracting(e -> e.outcome().name() + " " + e.actor() + " " + e.action())
                .contains("SUCCESS sol person.read", "DENIED bea person.read", "DENIED root person.read",
                        "DENIED root person.register");
        assertThat(f.audit.page(AuditQuery.latest(500))).allSatisfy(e -> {
            assertThat(e.detail()).doesNotContainIgnoringCase("amina").doesNotContainIgnoringCase("haddad");
            assertThat(e.target()).doesNotContainIgnoringCase("amina");
        });
    }

    @Test
    void aMergeKeepsBothRecordsMovesTheCasesIsAuditedAndCanBeUndone() {
        long kept = f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad"));
        long merged = f.register(ana, Fixture.adult("Haddad Amina", ""));
        long keptCase = f.cases.open(ana, kept, Set.of(org.amparo.cases.CaseFlag.OTHER_VULNERABLE_MIGRANT)).id();
        long movedCase = f.cases.open(ana, merged, Set.of(org.amparo.cases.CaseFlag.SMUGGLED_MIGRANT)).id();

        assertThatThrownBy(() -> f.persons.merge(ana, kept, merged, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(FieldError::field)
                        .containsExactly("reason"));
        Actor outsider = f.user("omar", f.otherOrg, Role.CASEWORKER);
        assertThatThrownBy(() -> f.persons.merge(outsider, kept, merged, "same person")).isInstanceOf(AccessDeniedException.class);

        org.amparo.cases.PersonMerge merge = f.persons.merge(ana, kept, merged, "Same person: documents match");
        assertThat(merge.movedCaseIds()).containsExactly(movedCase);
        assertThat(f.cases.casesOf(ana, kept)).extracting(c -> c.id()).containsExactlyInAnyOrder(keptCase, movedCase);
        assertThat(f.persons.get(ana, merged).details().names()).isNotEmpty();
        assertThat(f.persons.consents(ana, merged)).as("the merged record keeps its history").isNotEmpty();
        assertThat(f.persons.duplicates(ana, kept)).as("a merged record is no longer a candidate").isEmpty();
        assertThatThrownBy(() -> f.persons.merge(ana, kept, merged, "again")).isInstanceOf(ConflictException.class);

        org.amparo.cases.PersonMerge undone = f.persons.undoMerge(ana, merge.id());
        assertThat(undone.undone()).isTrue();
        assertThat(f.cases.casesOf(ana, merged)).extracting(c -> c.id()).containsExactly(movedCase);
        assertThat(f.cases.casesOf(ana, kept)).extracting(c -> c.id()).containsExactly(keptCase);
        assertThat(f.persons.merges(ana, kept)).singleElement().satisfies(m -> assertThat(m.undone()).isTrue());
        assertThatThrownBy(() -> f.persons.undoMerge(ana, merge.id())).isInstanceOf(ConflictException.class);
        assertThat(f.audit.page(new AuditQuery("ana", "person.merge", 0, 10))).extracting(AuditEntry::action)
                .contains("person.merge", "person.mergeUndo").allMatch(a -> !a.contains("Amina"));
        assertThat(f.audit.page(new AuditQuery("ana", "person.merge", 0, 10)))
                .allMatch(e -> !String.valueOf(e.detail()).contains("Amina") && !String.valueOf(e.detail()).contains("documents"));
    }

    private long rows(String table) {
        return f.database.inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM " + table));
    }
}
