package org.amparo.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.amparo.audit.AuditQuery;
import org.amparo.cases.ActionGuard;
import org.amparo.cases.Actor;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.internal.Fixture;
import org.amparo.catalog.Catalog;
import org.amparo.catalog.CatalogSource;
import org.amparo.catalog.ImportReport;
import org.amparo.catalog.Term;
import org.amparo.catalog.internal.CatalogService;
import org.amparo.catalog.internal.MatchingService;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ConflictException;
import org.amparo.common.ValidationException;
import org.amparo.interviews.Interview;
import org.amparo.interviews.internal.InterviewServiceImpl;
import org.amparo.interviews.internal.ListVerificationsImpl;
import org.amparo.referral.CaseMatches;
import org.amparo.referral.Received;
import org.amparo.referral.Referral;
import org.amparo.referral.ReferralDraft;
import org.amparo.referral.ReferralEvent;
import org.amparo.referral.ReferralStatus;
import org.amparo.referral.SharePreview;
import org.amparo.referral.SharedField;
import org.amparo.referral.SharedValue;
import org.amparo.screening.Answer;
import org.amparo.screening.internal.DeterminationEngineImpl;
import org.amparo.screening.internal.InstrumentsImpl;
import org.amparo.security.Organisation;
import org.amparo.security.Role;
import org.amparo.security.internal.OrganisationServiceImpl;
import org.amparo.security.internal.SecurityStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Referrals over the real services they use, on in-memory Derby: cases and persons (need-to-know,
 * consent, audit), screening interviews and their determinations, the HSDS catalogue and its
 * matching, organisations. The catalogue and every name are fictional.
 */
class ReferralServiceImplTest {
    private final Fixture f = new Fixture();
    private final OrganisationServiceImpl organisations = new OrganisationServiceImpl(new SecurityStore(f.database), f.audit);
    private final Organisation shelterOrg = organisations.create("SHELTER-X", "Fictional shelter NGO", "MA", true, "setup");
    private final Actor ana = f.user("ana", f.org, Role.CASEWORKER);
    private final Actor bea = f.user("bea", f.org, Role.CASEWORKER);
    private final Actor admin = f.user("carla", f.org, Role.COUNTRY_ADMIN);
    private final Actor pia = f.user("pia", shelterOrg.id(), Role.PARTNER_CASEWORKER);
    private final Actor otherPartner = f.user("olga", f.otherOrg, Role.PARTNER_CASEWORKER);
    private final CatalogService catalog = new CatalogService(f.database);
    private final InterviewServiceImpl interviews;
    private final ReferralServiceImpl referrals;
    private String shelterService;
    private String shelterOrganization;
    private String need;

    @TempDir
    Path folder;

    ReferralServiceImplTest() throws Exception {
        InstrumentsImpl instruments = InstrumentsImpl.fromCodeSource(f.packs);
        interviews = new InterviewServiceImpl(f.database, f.audit, f.cases, instruments, new DeterminationEngineImpl(),
                new ListVerificationsImpl(f.database, f.audit, instruments, f.clock), f.clock);
        PathwaysImpl pathways = new PathwaysImpl(f.database, f.audit, f.cases, f.packs, f.clock);
        referrals = new ReferralServiceImpl(f.database, f.audit, f.cases, f.persons, interviews, catalog,
                new MatchingService(f.database, catalog), organisations, pathways, f.clock);
    }

    /** An adult case with a completed screening (the labour vignette) and a catalogue serving one of its needs. */
    private long screenedCase() throws IOException {
        long caseId = f.cases.open(ana, f.register(ana, Fixture.adult("أمينة حداد", "Amina Haddad")),
                Set.of(CaseFlag.POSSIBLE_TRAFFICKING_VICTIM)).id();
        Interview interview = interviews.start(ana, caseId, "ar");
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("tip-recruited", Answer.yes());
        answers.put("tip-recruitment-deception", Answer.of("deceived-nature-of-job", "deceived-wages"));
        answers.put("tip-worked", Answer.yes());
        answers.put("tip-exploitation", Answer.of("excessive-hours", "low-or-no-salary"));
        answers.put("tip-destination-coercion", Answer.of("confiscation-of-documents", "threats-of-violence"));
        interviews.answer(ana, interview.id(), answers);
        interviews.complete(ana, interview.id());
        need = interviews.determination(ana, interview.id()).serviceIds().stream().sorted().findFirst().orElseThrow();
        importCatalog("Fictional shelter for adults");
        return caseId;
    }

    private void importCatalog(String serviceName) throws IOException {
        Term term = catalog.terms(Catalog.PROTECTION_TAXONOMY).stream().filter(t -> t.code().equals(need)).findFirst().orElseThrow();
        shelterOrganization = "6f1c2d3e-0000-4000-8000-000000000001";
        shelterService = "6f1c2d3e-0000-4000-8000-000000000002";
        write("organizations.csv", "id,name,description\r\n" + shelterOrganization + ",Fictional shelter NGO,Fictional organisation for tests.\r\n");
        write("services.csv", "id,organization_id,name,description,status\r\n" + shelterService + "," + shelterOrganization + ","
                + serviceName + ",Fictional service.,active\r\n");
        write("attributes.csv", "id,link_id,taxonomy_term_id,link_type,link_entity,value\r\n"
                + "6f1c2d3e-0000-4000-8000-000000000003," + shelterService + "," + term.id() + ",need,service,\r\n");
        ImportReport report = catalog.importDatapackage("setup", CatalogSource.folder(folder), "fictional");
        assertThat(report.problems()).isEmpty();
    }

    private void write(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    private ReferralDraft draft(SharedField... fields) {
        return new ReferralDraft(shelterService, need, Set.of(fields), "Please call before the visit.", "");
    }

    private void consentToShareWith(long personId, String... codes) {
        f.persons.recordConsent(ana, personId, new ConsentDecision(Set.of(ConsentPurpose.REFERRAL, ConsentPurpose.SHARING),
                Set.of(codes), ConsentMethod.WRITTEN, "ar", Fixture.TODAY, true));
    }

    private long personOf(long caseId) {
        return f.cases.get(ana, caseId).personId();
    }

    @Test
    void aCaseWithoutACompletedScreeningHasNoNeedsToMatchAndSaysSo() {
        long caseId = f.cases.open(ana, f.register(ana, Fixture.adult("Amina Haddad", "Amina Haddad")), Set.of()).id();
        CaseMatches matches = referrals.match(ana, caseId, f.clock.instant());
        assertThat(matches.interviewId()).isNull();
        assertThat(matches.needs()).isEmpty();
        assertThat(matches.missing()).contains("referral.match.noScreening");
    }

    @Test
    void theDeterminedNeedsAreMatchedToTheCatalogue() throws IOException {
        long caseId = screenedCase();
        CaseMatches matches = referrals.match(ana, caseId, f.clock.instant());
        assertThat(matches.interviewId()).isNotNull();
        assertThat(matches.needs()).contains(need);
        assertThat(matches.result().needs()).anySatisfy(n -> {
            assertThat(n.need()).isEqualTo(need);
            assertThat(n.ranked()).extracting(s -> s.serviceId()).contains(shelterService);
        });
        assertThat(matches.missing()).contains("referral.match.noLocation");
        assertThatThrownBy(() -> referrals.match(f.user("zoe", f.otherOrg, Role.CASEWORKER), caseId, f.clock.instant()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void withoutConsentSendingIsBlockedAndNothingIsShared() throws IOException {
        long caseId = screenedCase();
        referrals.link(admin, shelterOrganization, "SHELTER-X");
        Referral draft = referrals.draft(ana, caseId, draft(SharedField.NAME, SharedField.AGE));
        assertThat(draft.status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(draft.toOrganisationId()).isEqualTo(shelterOrg.id());

        SharePreview preview = referrals.preview(ana, draft.id());
        assertThat(preview.consentGiven()).isFalse();
        assertThat(preview.consentProblem()).isEqualTo("referral.consent.noReferralConsent");
        assertThat(preview.values()).extracting(SharedValue::field).containsExactly(SharedField.NAME, SharedField.AGE);

        assertThatThrownBy(() -> referrals.send(ana, draft.id(), ""))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("referral.consent.noReferralConsent"));
        assertThat(referrals.get(ana, draft.id()).status()).isEqualTo(ReferralStatus.DRAFT);
        assertThat(referrals.inbox(pia, null, 0, 20)).isEmpty();
        assertThat(f.audit.page(new AuditQuery("ana", "referral.send", 0, 50)))
                .anySatisfy(e -> assertThat(e.outcome().name()).isEqualTo("DENIED"));

        // consent to be referred and to share with another organisation only: still blocked
        consentToShareWith(personOf(caseId), "NGO-B");
        assertThat(referrals.preview(ana, draft.id()).consentProblem()).isEqualTo("referral.consent.noSharingConsent");
        assertThatThrownBy(() -> referrals.send(ana, draft.id(), null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aReferralGoesToThePartnersInboxWithOnlyWhatWasSharedAndEachStatusIsSeenByTheCaseworker() throws IOException {
        long caseId = screenedCase();
        referrals.link(admin, shelterOrganization, "SHELTER-X");
        consentToShareWith(personOf(caseId), "SHELTER-X");
        Referral draft = referrals.draft(ana, caseId, draft(SharedField.NAME, SharedField.AGE, SharedField.NEED));
        SharePreview preview = referrals.preview(ana, draft.id());
        assertThat(preview.consentGiven()).isTrue();
        assertThat(preview.organisationCode()).isEqualTo("SHELTER-X");

        Referral sent = referrals.send(ana, draft.id(), "");
        assertThat(sent.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(sent.answerDue()).isEqualTo(Fixture.TODAY.plusDays(5));
        assertThat(sent.consentOverride()).isEmpty();

        List<Received> inbox = referrals.inbox(pia, null, 0, 20);
        assertThat(inbox).hasSize(1);
        Received received = inbox.get(0);
        assertThat(received.values()).extracting(SharedValue::field).containsExactly(SharedField.NAME, SharedField.AGE, SharedField.NEED);
        assertThat(received.values().get(0).value()).isEqualTo("أمينة حداد (Amina Haddad)");
        assertThat(received.values()).noneMatch(v -> v.value().contains("1990")).as("never the date of birth");
        assertThat(received.reference()).isEqualTo("R-" + sent.id()).doesNotContain(sent.caseNumber());
        assertThat(received.message()).isEqualTo("Please call before the visit.");

        // need-to-know on the receiving side
        assertThat(referrals.inbox(otherPartner, null, 0, 20)).isEmpty();
        assertThatThrownBy(() -> referrals.received(otherPartner, sent.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.inbox(ana, null, 0, 20)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.cases.get(pia, caseId)).isInstanceOf(AccessDeniedException.class);

        assertThatThrownBy(() -> referrals.answer(pia, sent.id(), ReferralStatus.COMPLETED, ""))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.messageKey()).isEqualTo("referral.error.step"));
        referrals.answer(pia, sent.id(), ReferralStatus.ACCEPTED, "A bed is free.");
        assertThat(referrals.get(ana, sent.id()).status()).isEqualTo(ReferralStatus.ACCEPTED);
        referrals.answer(pia, sent.id(), ReferralStatus.IN_PROGRESS, "");
        assertThat(referrals.get(ana, sent.id()).status()).isEqualTo(ReferralStatus.IN_PROGRESS);
        Received done = referrals.answer(pia, sent.id(), ReferralStatus.COMPLETED, "Stayed two weeks.");
        assertThat(done.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referrals.history(ana, sent.id())).extracting(ReferralEvent::status).containsExactly(ReferralStatus.DRAFT,
                ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.IN_PROGRESS, ReferralStatus.COMPLETED);
        assertThatThrownBy(() -> referrals.withdraw(ana, sent.id(), "no longer needed")).isInstanceOf(ConflictException.class);
        assertThat(referrals.counts(ana)).containsEntry(ReferralStatus.COMPLETED, 1L);

        // the service leaves the catalogue as it was (renamed by a later import): the referral reads as sent
        importCatalog("A renamed fictional service");
        assertThat(referrals.get(ana, sent.id()).serviceName()).isEqualTo("Fictional shelter for adults");
        assertThat(referrals.received(pia, sent.id()).serviceName()).isEqualTo("Fictional shelter for adults");
    }

    @Test
    void aDeclineNeedsAReasonAndAnOverrideIsKeptAndAudited() throws IOException {
        long caseId = screenedCase();
        referrals.link(admin, shelterOrganization, "SHELTER-X");
        Referral draft = referrals.draft(ana, caseId, draft(SharedField.NEED));
        Referral sent = referrals.send(ana, draft.id(), "Immediate danger; the person agreed orally but could not sign.");
        assertThat(sent.consentOverride()).startsWith("Immediate danger");
        assertThat(f.audit.page(new AuditQuery("ana", "referral.consentOverride", 0, 50))).hasSize(1);
        assertThatThrownBy(() -> referrals.answer(pia, sent.id(), ReferralStatus.DECLINED, " "))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(0).messageKey())
                        .isEqualTo("referral.error.declineReasonRequired"));
        referrals.answer(pia, sent.id(), ReferralStatus.DECLINED, "No place for a month.");
        assertThat(referrals.get(ana, sent.id()).reason()).isEqualTo("No place for a month.");
    }

    @Test
    void aMissingAnswerRaisesOneReminderAfterTheDeadline() throws IOException {
        long caseId = screenedCase();
        referrals.link(admin, shelterOrganization, "SHELTER-X");
        consentToShareWith(personOf(caseId), "SHELTER-X");
        Referral sent = referrals.send(ana, referrals.draft(ana, caseId, draft(SharedField.NEED)).id(), "");
        assertThat(referrals.raiseReminders()).isZero();
        assertThat(referrals.overdue(ana)).isEmpty();
        f.clock.advance(Duration.ofDays(6));
        assertThat(referrals.overdue(ana)).extracting(Referral::id).containsExactly(sent.id());
        assertThat(referrals.overdue(bea)).as("not a case bea works on").isEmpty();
        assertThat(referrals.raiseReminders()).isEqualTo(1);
        assertThat(referrals.raiseReminders()).as("once").isZero();
        assertThat(referrals.history(ana, sent.id())).filteredOn(ReferralEvent::reminder).hasSize(1);
        referrals.answer(pia, sent.id(), ReferralStatus.ACCEPTED, "");
        assertThat(referrals.overdue(ana)).isEmpty();
    }

    @Test
    void aServiceWithoutAnAccountHereIsAnsweredOnItsBehalfByTheReferringSide() throws IOException {
        long caseId = screenedCase();
        Referral draft = referrals.draft(ana, caseId, draft(SharedField.NEED));
        assertThat(draft.toOrganisationId()).isNull();
        assertThat(referrals.preview(ana, draft.id()).consentProblem()).isEqualTo("referral.consent.noReferralConsent");
        f.persons.recordConsent(ana, personOf(caseId), new ConsentDecision(Set.of(ConsentPurpose.REFERRAL), Set.of(),
                ConsentMethod.VERBAL_CERTIFIED, "ar", Fixture.TODAY, true));
        assertThat(referrals.preview(ana, draft.id()).consentProblem()).isEqualTo("referral.consent.noAccount");
        Referral sent = referrals.send(ana, draft.id(), "Phoned the service; it has no account here.");
        Referral accepted = referrals.recordAnswer(ana, sent.id(), ReferralStatus.ACCEPTED, "Confirmed by phone.");
        assertThat(accepted.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referrals.history(ana, sent.id()).get(2).onBehalf()).isTrue();
        assertThatThrownBy(() -> referrals.answer(pia, sent.id(), ReferralStatus.COMPLETED, "")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void badDraftsAreRefusedFieldByFieldAndOnlyAdministratorsLink() throws IOException {
        long caseId = screenedCase();
        assertThatThrownBy(() -> referrals.draft(ana, caseId, new ReferralDraft("no-such-service", "", Set.of(), "", "x")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).extracting(er -> er.field())
                        .containsExactly("serviceId", "need", "fields", "pathwayStep"));
        assertThat(referrals.ofCase(ana, caseId)).isEmpty();
        assertThatThrownBy(() -> referrals.link(ana, shelterOrganization, "SHELTER-X")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> referrals.link(admin, "unknown", "NOPE"))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).hasSize(2));
        assertThat(referrals.links()).isEmpty();
    }

    @Test
    void aTrainingGuardCanHoldBackSending() throws IOException {
        long caseId = screenedCase();
        referrals.link(admin, shelterOrganization, "SHELTER-X");
        consentToShareWith(personOf(caseId), "SHELTER-X");
        Referral draft = referrals.draft(ana, caseId, draft(SharedField.NEED));
        ActionGuard guard = (actor, action) -> {
            if (action.equals(ActionGuard.REFERRAL_SEND)) {
                throw new AccessDeniedException("training.error.moduleRequired", "referral-basics");
            }
        };
        referrals.addGuard(guard);
        assertThatThrownBy(() -> referrals.send(ana, draft.id(), "")).isInstanceOf(AccessDeniedException.class);
        assertThat(referrals.get(ana, draft.id()).status()).isEqualTo(ReferralStatus.DRAFT);
        referrals.removeGuard(guard);
        assertThat(referrals.send(ana, draft.id(), "").status()).isEqualTo(ReferralStatus.SENT);
    }
}
