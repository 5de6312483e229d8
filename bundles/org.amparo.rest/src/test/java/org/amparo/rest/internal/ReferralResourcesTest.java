package org.amparo.rest.internal;

import static org.amparo.rest.internal.CatalogResourceTest.json;
import static org.amparo.rest.internal.CatalogResourceTest.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import com.fasterxml.jackson.databind.JsonNode;
import org.amparo.cases.Actor;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.internal.Fixture;
import org.amparo.catalog.internal.CatalogService;
import org.amparo.catalog.internal.MatchingService;
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
import org.amparo.i18n.internal.ClasspathMessages;
import org.amparo.interviews.Interview;
import org.amparo.interviews.internal.InterviewServiceImpl;
import org.amparo.interviews.internal.ListVerificationsImpl;
import org.amparo.referral.internal.PathwaysImpl;
import org.amparo.referral.internal.ReferralServiceImpl;
import org.amparo.screening.Answer;
import org.amparo.screening.internal.DeterminationEngineImpl;
import org.amparo.screening.internal.InstrumentsImpl;
import org.amparo.security.Organisation;
import org.amparo.security.Role;
import org.amparo.security.internal.OrganisationServiceImpl;
import org.amparo.security.internal.SecurityStore;
import org.junit.jupiter.api.Test;

/**
 * The referral, inbox, partner and pathway resources called directly over the REAL services on
 * in-memory Derby: the cases bundle's {@link Fixture} (cases, persons, consent, audit), the screening
 * interviews, the HSDS catalogue and matching, organisations, and the real referral and pathway
 * services. The catalogue, the country pack XA and every person are fictional.
 */
class ReferralResourcesTest {
    private static final Evidence FICTIONAL = new Evidence(Confidence.V, List.of("https://example.org/xa-law"), null, null);

    private final Fixture f = new Fixture();
    private final ClasspathMessages messages = new ClasspathMessages("rest", "cases", "catalog", "referral");
    private final ErrorResponses errors = new ErrorResponses(messages, (incident, e) -> { });
    private final OrganisationServiceImpl organisations = new OrganisationServiceImpl(new SecurityStore(f.database), f.audit);
    private final Organisation shelterOrg = organisations.create("SHELTER-X", "Fictional shelter NGO", "MA", true, "setup");
    private final Actor anaActor = f.user("ana", f.org, Role.CASEWORKER);
    private final SecurityContext ana = signedIn(anaActor, "en");
    private final SecurityContext admin = signedIn(f.user("carla", f.org, Role.COUNTRY_ADMIN), "en");
    private final SecurityContext pia = signedIn(f.user("pia", shelterOrg.id(), Role.PARTNER_CASEWORKER), "en");
    private final SecurityContext olga = signedIn(f.user("olga", f.otherOrg, Role.PARTNER_CASEWORKER), "en");
    private final SecurityContext zoe = signedIn(f.user("zoe", f.otherOrg, Role.CASEWORKER), "en");
    private final CatalogService catalog = new CatalogService(f.database);
    private final InterviewServiceImpl interviews;
    private final CaseMatchesResource matches;
    private final CaseReferralsResource caseReferrals;
    private final ReferralsResource referrals;
    private final ReferralInboxResource inbox;
    private final ReferralCountsResource counts;
    private final ReferralPartnersResource partners;
    private final CasePathwaysResource pathways;
    private String need;

    ReferralResourcesTest() throws IOException {
        InstrumentsImpl instruments = InstrumentsImpl.fromCodeSource(f.packs);
        interviews = new InterviewServiceImpl(f.database, f.audit, f.cases, instruments, new DeterminationEngineImpl(),
                new ListVerificationsImpl(f.database, f.audit, instruments, f.clock), f.clock);
        PathwaysImpl pathwayService = new PathwaysImpl(f.database, f.audit, f.cases, new Packs(f.packs));
        ReferralServiceImpl service = new ReferralServiceImpl(f.database, f.audit, f.cases, f.persons, interviews, catalog,
                new MatchingService(f.database, catalog), organisations, pathwayService);
        matches = new CaseMatchesResource(service);
        caseReferrals = new CaseReferralsResource(service);
        referrals = new ReferralsResource(service);
        inbox = new ReferralInboxResource(service);
        counts = new ReferralCountsResource(service);
        partners = new ReferralPartnersResource(service);
        pathways = new CasePathwaysResource(pathwayService);
    }

    private JsonNode error(Runnable call) {
        return CatalogResourceTest.error(errors, call);
    }

    /** An adult case with a completed screening (the labour vignette) and a catalogue serving one of its needs. */
    private long screenedCase() {
        long caseId = f.cases.open(anaActor, f.register(anaActor, Fixture.adult("أمينة حداد", "Amina Haddad")),
                Set.of(CaseFlag.POSSIBLE_TRAFFICKING_VICTIM)).id();
        Interview interview = interviews.start(anaActor, caseId, "ar");
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("tip-recruited", Answer.yes());
        answers.put("tip-recruitment-deception", Answer.of("deceived-nature-of-job", "deceived-wages"));
        answers.put("tip-worked", Answer.yes());
        answers.put("tip-exploitation", Answer.of("excessive-hours", "low-or-no-salary"));
        answers.put("tip-destination-coercion", Answer.of("confiscation-of-documents", "threats-of-violence"));
        interviews.answer(anaActor, interview.id(), answers);
        interviews.complete(anaActor, interview.id());
        need = interviews.determination(anaActor, interview.id()).serviceIds().stream().sorted().findFirst().orElseThrow();
        CatalogResource catalogResource = new CatalogResource(catalog, catalog, messages);
        Response imported = catalogResource.importCatalog(CatalogResourceTest.datapackageRequest(
                CatalogResourceTest.datapackage(catalog, need, "Fictional service for adults")), null, admin);
        assertThat(((CatalogDto.ImportReportView) imported.getEntity()).problems()).isEmpty();
        return caseId;
    }

    private ReferralDto.ReferralView draft(long caseId, String fields) {
        Response response = caseReferrals.draft(caseId, json(ReferralDto.DraftRequest.class, "{\"serviceId\":\""
                + CatalogResourceTest.SERVICE + "\",\"need\":\"" + need + "\",\"fields\":" + fields
                + ",\"message\":\"Please call before the visit (fictional).\"}"), ana);
        assertThat(response.getStatus()).isEqualTo(201);
        return (ReferralDto.ReferralView) response.getEntity();
    }

    private void consentToShareWith(long caseId, String... codes) {
        f.persons.recordConsent(anaActor, f.cases.get(anaActor, caseId).personId(), new ConsentDecision(
                Set.of(ConsentPurpose.REFERRAL, ConsentPurpose.SHARING), Set.of(codes), ConsentMethod.WRITTEN, "ar", Fixture.TODAY, true));
    }

    private ReferralDto.AnswerRequest answer(String status, String reason) {
        return new ReferralDto.AnswerRequest(status, reason);
    }

    @Test
    void fromMatchesToACompletedReferralThroughConsentPreviewAndThePartnersInbox() {
        long caseId = screenedCase();
        ReferralDto.MatchesView matched = matches.matches(caseId, ana);
        assertThat(matched.needs()).contains(need);
        assertThat(matched.results()).anySatisfy(n -> assertThat(n.ranked()).extracting(s -> s.serviceId())
                .contains(CatalogResourceTest.SERVICE));
        assertThat(CatalogResourceTest.tree(matched).toString()).doesNotContain(CatalogResourceTest.STREET);

        ReferralDto.PartnerView link = partners.link(CatalogResourceTest.ORG, new ReferralDto.PartnerRequest("SHELTER-X"), admin);
        assertThat(link.organisationId()).isEqualTo(shelterOrg.id());
        assertThat(partners.get(CatalogResourceTest.ORG, ana).linkedBy()).isEqualTo("carla");
        assertThat(partners.list(ana).items()).hasSize(1);

        ReferralDto.ReferralView draft = draft(caseId, "[\"NAME\",\"age\",\"NEED\"]");
        assertThat(draft.status()).isEqualTo("DRAFT");
        assertThat(draft.fields()).containsExactly("AGE", "NAME", "NEED");
        assertThat(draft.toOrganisationId()).isEqualTo(shelterOrg.id());
        assertThat(caseReferrals.list(caseId, ana).items()).extracting(ReferralDto.ReferralView::id).containsExactly(draft.id());
        ReferralDto.ReferralView edited = referrals.edit(draft.id(), json(ReferralDto.DraftRequest.class, "{\"serviceId\":\""
                + CatalogResourceTest.SERVICE + "\",\"need\":\"" + need + "\",\"fields\":[\"NAME\",\"AGE\"]}"), ana);
        assertThat(edited.fields()).containsExactly("AGE", "NAME");

        // without consent: blocked with 409, nothing in the partner's inbox
        ReferralDto.PreviewView preview = referrals.preview(draft.id(), ana);
        assertThat(preview.consentGiven()).isFalse();
        assertThat(preview.consentProblem()).isEqualTo("referral.consent.noReferralConsent");
        assertThat(preview.values()).extracting(ReferralDto.SharedValueView::field).containsExactly("NAME", "AGE");
        JsonNode blocked = error(() -> referrals.send(draft.id(), new ReferralDto.SendRequest(null), ana));
        assertThat(blocked.get("status").asInt()).isEqualTo(409);
        assertThat(blocked.at("/error/code").asText()).isEqualTo("conflict");
        assertThat(referrals.get(draft.id(), ana).status()).isEqualTo("DRAFT");
        assertThat(inbox.inbox(null, null, null, pia).items()).isEmpty();

        consentToShareWith(caseId, "SHELTER-X");
        assertThat(referrals.preview(draft.id(), ana).consentGiven()).isTrue();
        ReferralDto.ReferralView sent = referrals.send(draft.id(), new ReferralDto.SendRequest(""), ana);
        assertThat(sent.status()).isEqualTo("SENT");
        assertThat(sent.answerDue()).isNotNull();

        // the partner sees only what was shared
        ReferralDto.ReceivedPage page = inbox.inbox("sent", "0", "10", pia);
        assertThat(page.items()).singleElement().satisfies(r -> {
            assertThat(r.id()).isEqualTo(sent.id());
            assertThat(r.values()).extracting(ReferralDto.SharedValueView::field).containsExactly("NAME", "AGE");
            assertThat(r.reference()).doesNotContain(sent.caseNumber());
        });
        assertThat(CatalogResourceTest.tree(inbox.received(sent.id(), pia)).toString()).doesNotContain("1990");

        // need-to-know: a partner of another organisation, a caseworker of another organisation
        assertThat(inbox.inbox(null, null, null, olga).items()).isEmpty();
        assertThat(error(() -> inbox.received(sent.id(), olga)).get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> inbox.answer(sent.id(), answer("ACCEPTED", ""), olga)).get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> referrals.get(sent.id(), zoe)).get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> caseReferrals.list(caseId, zoe)).get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> matches.matches(caseId, zoe)).get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> inbox.inbox(null, null, null, ana)).get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> referrals.recordAnswer(sent.id(), answer("ACCEPTED", ""), ana)).get("status").asInt())
                .as("the service answers itself").isEqualTo(409);

        assertThat(error(() -> inbox.answer(sent.id(), answer("COMPLETED", ""), pia)).get("status").asInt()).isEqualTo(409);
        assertThat(inbox.answer(sent.id(), answer("accepted", "A place is free (fictional)."), pia).status()).isEqualTo("ACCEPTED");
        assertThat(referrals.get(sent.id(), ana).status()).isEqualTo("ACCEPTED");
        inbox.answer(sent.id(), answer("IN_PROGRESS", ""), pia);
        assertThat(referrals.get(sent.id(), ana).status()).isEqualTo("IN_PROGRESS");
        assertThat(inbox.answer(sent.id(), answer("COMPLETED", "Done."), pia).status()).isEqualTo("COMPLETED");
        assertThat(referrals.history(sent.id(), ana).items()).extracting(ReferralDto.EventView::status)
                .containsExactly("DRAFT", "SENT", "ACCEPTED", "IN_PROGRESS", "COMPLETED");
        assertThat(counts.counts(ana).counts()).containsEntry("COMPLETED", 1L).containsEntry("DRAFT", 0L);
        assertThat(counts.counts(ana).total()).isEqualTo(1);
        assertThat(referrals.overdue(ana).items()).isEmpty();
        assertThat(error(() -> referrals.withdraw(sent.id(), new ReferralDto.WithdrawRequest("late"), ana)).get("status").asInt())
                .isEqualTo(409);
    }

    @Test
    void anOverrideSendsWithoutConsentAndAServiceWithNoAccountIsAnsweredOnItsBehalf() {
        long caseId = screenedCase();
        ReferralDto.ReferralView draft = draft(caseId, "[\"NEED\"]");
        assertThat(draft.toOrganisationId()).isNull();
        ReferralDto.ReferralView sent = referrals.send(draft.id(),
                new ReferralDto.SendRequest("Immediate danger; consent given orally (fictional)."), ana);
        assertThat(sent.consentOverride()).startsWith("Immediate danger");
        ReferralDto.ReferralView accepted = referrals.recordAnswer(sent.id(), answer("ACCEPTED", "Confirmed by phone."), ana);
        assertThat(accepted.status()).isEqualTo("ACCEPTED");
        assertThat(referrals.history(sent.id(), ana).items().get(2).onBehalf()).isTrue();
        assertThat(referrals.withdraw(sent.id(), new ReferralDto.WithdrawRequest("The person moved (fictional)."), ana).status())
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long caseId = screenedCase();
        JsonNode unknownField = error(() -> caseReferrals.draft(caseId, json(ReferralDto.DraftRequest.class,
                "{\"serviceId\":\"x\",\"need\":\"y\",\"fields\":[\"NAME\",\"PASSPORT\"]}"), ana));
        assertThat(unknownField.get("status").asInt()).isEqualTo(400);
        assertThat(unknownField.at("/error/fields")).extracting(n -> n.get("field").asText()).containsExactly("fields[1]");

        JsonNode bad = error(() -> caseReferrals.draft(caseId, json(ReferralDto.DraftRequest.class,
                "{\"serviceId\":\"no-such-service\",\"need\":\"\",\"fields\":[],\"pathwayStep\":\"x\"}"), ana));
        assertThat(bad.get("status").asInt()).isEqualTo(400);
        assertThat(bad.at("/error/fields")).extracting(n -> n.get("field").asText())
                .containsExactly("serviceId", "need", "fields", "pathwayStep");
        assertThat(caseReferrals.list(caseId, ana).items()).isEmpty();
        assertThat(error(() -> caseReferrals.draft(caseId, null, ana)).at("/error/code").asText()).isEqualTo("malformedJson");

        ReferralDto.ReferralView draft = draft(caseId, "[\"NEED\"]");
        assertThat(error(() -> referrals.withdraw(draft.id(), new ReferralDto.WithdrawRequest(" "), ana)).at("/error/fields/0/field")
                .asText()).isEqualTo("reason");
        JsonNode status = error(() -> referrals.recordAnswer(draft.id(), answer("MAYBE", ""), ana));
        assertThat(status.at("/error/fields/0/field").asText()).isEqualTo("status");
        assertThat(error(() -> referrals.recordAnswer(draft.id(), answer(null, ""), ana)).at("/error/fields/0/message").asText())
                .isEqualTo("This field is required.");
        JsonNode paging = error(() -> inbox.inbox("LOST", "-1", "0", pia));
        assertThat(paging.at("/error/fields")).extracting(n -> n.get("field").asText()).containsExactly("status");
        assertThat(error(() -> inbox.inbox(null, "-1", "0", pia)).at("/error/fields")).extracting(n -> n.get("field").asText())
                .containsExactly("offset", "limit");
        assertThat(referrals.get(draft.id(), ana).status()).isEqualTo("DRAFT");
    }

    @Test
    void onlyAdministratorsLinkPartnersAndUnlinkingKeepsSentReferrals() {
        JsonNode refused = error(() -> partners.link(CatalogResourceTest.ORG, new ReferralDto.PartnerRequest("SHELTER-X"), ana));
        assertThat(refused.get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> partners.link(CatalogResourceTest.ORG, new ReferralDto.PartnerRequest(" "), admin))
                .at("/error/fields/0/field").asText()).isEqualTo("organisationCode");
        assertThat(error(() -> partners.get(CatalogResourceTest.ORG, ana)).get("status").asInt()).isEqualTo(404);
        long caseId = screenedCase();
        partners.link(CatalogResourceTest.ORG, new ReferralDto.PartnerRequest("SHELTER-X"), admin);
        consentToShareWith(caseId, "SHELTER-X");
        ReferralDto.ReferralView sent = referrals.send(draft(caseId, "[\"NEED\"]").id(), new ReferralDto.SendRequest(""), ana);
        assertThat(error(() -> partners.unlink(CatalogResourceTest.ORG, ana)).get("status").asInt()).isEqualTo(403);
        assertThat(partners.unlink(CatalogResourceTest.ORG, admin).getStatus()).isEqualTo(204);
        assertThat(partners.list(ana).items()).isEmpty();
        assertThat(inbox.received(sent.id(), pia).status()).isEqualTo("SENT");
        assertThat(counts.counts(admin).counts()).containsEntry("SENT", 1L);
    }

    @Test
    void thePathwayIsAChecklistWhoseStepsAreMarkedAndUnmarked() {
        long caseId = f.cases.open(anaActor, f.register(anaActor, Fixture.adult("Amina Haddad", "Amina Haddad")),
                Set.of(CaseFlag.POSSIBLE_TRAFFICKING_VICTIM)).id();
        List<ReferralDto.ChecklistView> lists = pathways.checklist(caseId, ana).items();
        assertThat(lists).extracting(ReferralDto.ChecklistView::pathwayId).containsExactly("trafficking-adult");
        assertThat(lists.get(0).steps()).extracting(ReferralDto.StepView::stepId).containsExactly("notify", "reflection");
        assertThat(lists.get(0).steps().get(1).reflectionPeriod()).isTrue();
        assertThat(lists.get(0).steps().get(1).dueOn()).isNotNull();

        String today = LocalDate.now().toString();
        List<ReferralDto.ChecklistView> marked = pathways.markDone(caseId, "trafficking-adult", "notify",
                new ReferralDto.StepDoneRequest(today, "Notified by phone (fictional)."), ana).items();
        assertThat(marked.get(0).steps().get(0).doneOn()).isEqualTo(today);
        assertThat(marked.get(0).steps().get(0).doneBy()).isEqualTo("ana");
        assertThat(error(() -> pathways.markDone(caseId, "trafficking-adult", "notify", new ReferralDto.StepDoneRequest(today, ""), ana))
                .get("status").asInt()).isEqualTo(409);
        assertThat(error(() -> pathways.markDone(caseId, "trafficking-adult", "reflection",
                new ReferralDto.StepDoneRequest("28/11/2026", ""), ana)).at("/error/fields/0/field").asText()).isEqualTo("doneOn");
        assertThat(error(() -> pathways.markDone(caseId, "trafficking-adult", "reflection",
                new ReferralDto.StepDoneRequest(null, ""), ana)).at("/error/fields/0/message").asText()).isEqualTo("This field is required.");
        assertThat(error(() -> pathways.markDone(caseId, "trafficking-adult", "reflection",
                new ReferralDto.StepDoneRequest(LocalDate.now().plusDays(3).toString(), ""), ana)).get("status").asInt()).isEqualTo(400);
        assertThat(error(() -> pathways.checklist(caseId, zoe)).get("status").asInt()).isEqualTo(403);
        assertThat(error(() -> pathways.unmark(caseId, "trafficking-adult", "notify", zoe)).get("status").asInt()).isEqualTo(403);

        List<ReferralDto.ChecklistView> unmarked = pathways.unmark(caseId, "trafficking-adult", "notify", ana).items();
        assertThat(unmarked.get(0).steps().get(0).doneOn()).isNull();
    }

    /** The fixture's packs, with a fictional pathway on the operating country XA. */
    private record Packs(CountryPacks delegate) implements CountryPacks {
        private Country withPathway(Country c) {
            Law law = new Law("law-1", "Fictional Law 1 on trafficking (XA)", "en", "1", LocalDate.of(2020, 1, 1), "adopted",
                    "country.xa.law-1", FICTIONAL, List.of(
                            new Law.Provision("reflection", "reflection-period", "Art. 7", "country.xa.law-1.reflection", FICTIONAL)));
            Pathway trafficking = new Pathway("trafficking-adult", "trafficking", "country.xa.pathway.adult", List.of(
                    new Pathway.Step("notify", "country.xa.step.notify", "country.xa.body", 2, "identification", List.of(), FICTIONAL),
                    new Pathway.Step("reflection", "country.xa.step.reflection", null, 30, "identification",
                            List.of("law-1#reflection"), FICTIONAL)));
            return new Country(c.code(), "1.0.0", "rev-1", true, "country.xa.name", List.of(), new Country.AgeOfMajority(18, null), null,
                    List.of(), null, List.of(), 0, List.of(law), List.of(trafficking), List.of());
        }

        @Override
        public List<PackStatus> packs() {
            return delegate.packs();
        }

        @Override
        public Optional<PackStatus> status(String codeOrBundleId) {
            return delegate.status(codeOrBundleId);
        }

        @Override
        public Optional<Country> country(String code) {
            return delegate.country(code).map(this::withPathway);
        }

        @Override
        public Optional<Country> operatingCountry() {
            return delegate.operatingCountry().map(this::withPathway);
        }

        @Override
        public DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
            return new DivisionPage(List.of(), offset, limit, false);
        }

        @Override
        public Optional<Division> division(String code, String id) {
            return delegate.division(code, id);
        }

        @Override
        public Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
            return delegate.question(code, revision, questionId);
        }
    }
}
