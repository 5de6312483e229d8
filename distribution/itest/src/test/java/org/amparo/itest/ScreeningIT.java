package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.inject.Inject;

import org.amparo.cases.Actor;
import org.amparo.cases.CaseService;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Name;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.PersonService;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.cases.Sex;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.PackState;
import org.amparo.interviews.Interview;
import org.amparo.interviews.InterviewService;
import org.amparo.screening.Answer;
import org.amparo.screening.Determination;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Instruments;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.UserService;
import org.junit.Before;
import org.junit.FixMethodOrder;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.MethodSorters;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

/**
 * Screening in the distribution as shipped (issues 3 and 5): a country pack's national question and
 * rule take part in a screening with no change to the core; the completed screening keeps showing
 * the question as that pack revision asked it, and the same determination, after the pack is
 * updated and after it is removed; the interview page serves it over HTTP.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class ScreeningIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String THREAT_TEXT = "Was the person made to commit an offence under threat? (fictional)";

    @Inject
    private BundleContext context;
    @Inject
    @Filter(timeout = 60_000)
    private PersonService persons;
    @Inject
    @Filter(timeout = 60_000)
    private CaseService cases;
    @Inject
    @Filter(timeout = 60_000)
    private CountryPacks packs;
    @Inject
    @Filter(timeout = 60_000)
    private Instruments instruments;
    @Inject
    @Filter(timeout = 60_000)
    private InterviewService interviews;
    @Inject
    @Filter(timeout = 60_000)
    private UserService users;
    @Inject
    @Filter(timeout = 60_000)
    private OrganisationService organisations;

    private Actor worker;

    @Configuration
    public Option[] config() {
        return AmparoContainer.options();
    }

    @Before
    public void aCaseworker() {
        Organisation org = organisations.findByCode("SCREEN").orElseGet(
                () -> organisations.create("SCREEN", "Screening test organisation (fictional)", "", true, "itest"));
        if (users.find("s.worker").isEmpty()) {
            users.create(new NewUser("s.worker", "s.worker (fictional)", org.id(), EnumSet.of(Role.CASEWORKER),
                    PASSWORD.toCharArray(), "en"), "itest");
        }
        worker = new Actor("s.worker", org.id(), EnumSet.of(Role.CASEWORKER));
    }

    @Test
    public void a_aPacksQuestionAndRuleCountAndTheScreeningOutlivesThePacksUpdateAndRemoval() throws Exception {
        Bundle pack = context.installBundle("itest:screening-xa", new ByteArrayInputStream(PackJars.xa("1.0.0")));
        pack.start();
        awaitPack(PackState.ACTIVE, null);
        String firstRevision = packs.status("XA").orElseThrow().revision();
        InstrumentSet current = instruments.current();
        InstrumentAddition addition = current.additions().stream().filter(a -> a.country().equals("XA")
                && a.instrument().equals("trafficking-identification")).findFirst()
                .orElseThrow(() -> new AssertionError("the pack's questions join the instruments: " + current.additions()));
        assertTrue(addition.questions().stream().anyMatch(q -> q.id().equals("xa-threat")));
        assertFalse("the pack brings a rule of its own", addition.rules().isEmpty());

        long caseId = cases.open(worker, registered("Nadia Example (fictional)"), Set.of()).id();
        Interview interview = interviews.start(worker, caseId, "fr");
        assertTrue(interview.uses().additions().toString(),
                interview.uses().additions().contains("XA@" + firstRevision + ":trafficking-identification"));
        Map<String, Answer> answers = new LinkedHashMap<>();
        answers.put("xa-threat", Answer.yes());
        answers.put("tip-recruited", Answer.UNKNOWN);
        interviews.answer(worker, interview.id(), answers);
        Interview done = interviews.complete(worker, interview.id());
        assertTrue("the pack's rule raised its flag: " + done.flags(), done.flags().contains("xa-refer-commission"));
        Determination before = interviews.determination(worker, interview.id());

        // a new pack version changes the question's text: the completed screening keeps the one it asked
        pack.update(new ByteArrayInputStream(PackJars.xa("1.1.0", "XA", PackJars.edit("OSGI-INF/amparo/l10n/country-xa.properties",
                THREAT_TEXT, "Was the person forced to break the law by someone threatening them? (fictional, v1.1)"))));
        awaitPack(PackState.ACTIVE, firstRevision);
        assertEquals(before, interviews.determination(worker, interview.id()));
        assertEquals(THREAT_TEXT, instruments.nationalText("XA", firstRevision, "country.xa.q.threat", "en").orElse(null));
        assertTrue(interviews.instruments(worker, interview.id()).additions().stream()
                .anyMatch(a -> a.revision().equals(firstRevision)));

        // the pack leaves: still readable, same result, same text
        pack.uninstall();
        awaitPack(PackState.REMOVED, null);
        assertEquals(before, interviews.determination(worker, interview.id()));
        assertEquals(THREAT_TEXT, instruments.nationalText("XA", firstRevision, "country.xa.q.threat", "en").orElse(null));

        Http web = Http.webLogin("s.worker", PASSWORD);
        java.net.http.HttpResponse<String> page = web.get("/app/screenings/" + interview.id());
        assertEquals(page.body(), 200, page.statusCode());
        assertTrue("the national question as it was asked", page.body().contains(THREAT_TEXT.replace("?", "?")));
        assertTrue(page.body().contains("id=\"flag-xa-refer-commission\""));
    }

    /** The same work over the REST API: start, answer (a wrong answer named), complete, read the explained result. */
    @Test
    public void b_theRestApiRunsAScreeningAndExplainsItsDetermination() {
        long caseId = cases.open(worker, registered("Rokia Example (fictional)"), Set.of()).id();
        Http api = new Http(AmparoContainer.BASE);
        java.net.http.HttpResponse<String> login = api.postJson("/api/v1/session",
                "{\"username\":\"s.worker\",\"password\":\"" + PASSWORD + "\"}", Map.of());
        assertEquals(login.body(), 201, login.statusCode());
        Map<String, String> csrf = Map.of("X-CSRF-Token", Http.jsonField(login.body(), "csrfToken"));
        java.net.http.HttpResponse<String> started = api.postJson("/api/v1/cases/" + caseId + "/screenings",
                "{\"personLanguage\":\"fr\"}", csrf);
        assertEquals(started.body(), 201, started.statusCode());
        String id = started.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1");

        java.net.http.HttpResponse<String> wrong = api.putJson("/api/v1/screenings/" + id + "/answers",
                "{\"answers\":{\"tip-recruited\":{\"status\":\"GIVEN\",\"values\":[\"perhaps\"]}}}", csrf);
        assertEquals(wrong.body(), 400, wrong.statusCode());
        assertTrue(wrong.body(), wrong.body().contains("answers.tip-recruited"));
        java.net.http.HttpResponse<String> answered = api.putJson("/api/v1/screenings/" + id + "/answers",
                "{\"answers\":{\"tip-recruited\":{\"status\":\"GIVEN\",\"values\":[\"yes\"]},"
                        + "\"tip-recruitment-deception\":{\"status\":\"GIVEN\",\"values\":[\"deceived-nature-of-job\",\"deceived-wages\"]},"
                        + "\"tip-worked\":{\"status\":\"GIVEN\",\"values\":[\"yes\"]},"
                        + "\"tip-exploitation\":{\"status\":\"GIVEN\",\"values\":[\"excessive-hours\",\"low-or-no-salary\"]},"
                        + "\"tip-destination-coercion\":{\"status\":\"GIVEN\",\"values\":[\"confiscation-of-documents\",\"threats-of-violence\"]},"
                        + "\"v-immediate-danger\":{\"status\":\"DECLINED\"}}}", csrf);
        assertEquals(answered.body(), 200, answered.statusCode());
        java.net.http.HttpResponse<String> completed = api.postJson("/api/v1/screenings/" + id + "/completion", "", csrf);
        assertEquals(completed.body(), 200, completed.statusCode());
        java.net.http.HttpResponse<String> result = api.get("/api/v1/screenings/" + id + "/determination");
        assertEquals(result.body(), 200, result.statusCode());
        assertTrue(result.body(), result.body().contains("possible-trafficking-victim"));
        assertTrue("every result carries its rule", result.body().contains("\"rule\""));
        assertTrue("nothing is a legal identification", result.body().contains("\"notice\""));
    }

    // --- helpers ---

    private long registered(String name) {
        ConsentDecision consent = new ConsentDecision(EnumSet.of(ConsentPurpose.REGISTRATION, ConsentPurpose.ASSISTANCE), Set.of(),
                ConsentMethod.WRITTEN, "fr", LocalDate.now(), true);
        PersonDetails details = new PersonDetails(List.of(new Name(name, "")), Sex.FEMALE, null, LocalDate.of(1995, 4, 2), false,
                null, null, null, "", List.of("fr"), List.of(), "", "", null);
        RegistrationResult result = persons.register(worker, new Registration(consent, details, true));
        if (result instanceof RegistrationResult.Registered registered) {
            return registered.person().id();
        }
        throw new AssertionError("expected a registration, got " + result);
    }

    /** Waits until pack XA is in {@code state} (and, if {@code notRevision} is given, at another revision). */
    private void awaitPack(PackState state, String notRevision) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (packs.status("XA").map(s -> s.state() != state || (notRevision != null && notRevision.equals(s.revision())))
                .orElse(true)) {
            if (System.currentTimeMillis() > deadline) {
                fail("pack XA did not become " + state + ": " + packs.packs());
            }
            Thread.sleep(100);
        }
    }
}
