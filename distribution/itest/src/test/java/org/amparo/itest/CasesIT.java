package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.inject.Inject;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.amparo.cases.Actor;
import org.amparo.cases.Approval;
import org.amparo.cases.ApprovalKind;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseService;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseView;
import org.amparo.cases.ConsentDecision;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.PersonService;
import org.amparo.cases.Registration;
import org.amparo.cases.RegistrationResult;
import org.amparo.cases.Sex;
import org.amparo.common.AccessDeniedException;
import org.amparo.common.ValidationException;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.PackState;
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
 * Identification in the distribution as shipped, with the real services wired: consent before
 * anything personal, a person located in a country pack's division who stays located after the
 * pack leaves, a duplicate found across scripts, a case taken to its close with a supervisor's
 * approval, and need-to-know between organisations — all audited.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CasesIT {
    private static final String PASSWORD = "correct horse battery";
    private static final LocalDate BORN = LocalDate.of(1994, 3, 12);

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
    private UserService users;
    @Inject
    @Filter(timeout = 60_000)
    private OrganisationService organisations;
    @Inject
    private AuditLog audit;

    private Actor worker;
    private Actor supervisor;
    private Actor otherWorker;

    @Configuration
    public Option[] config() {
        return AmparoContainer.options();
    }

    @Before
    public void usersInTwoOrganisations() {
        Organisation a = organisation("CASEA");
        Organisation b = organisation("CASEB");
        worker = user("a.worker", a, Role.CASEWORKER);
        supervisor = user("a.supervisor", a, Role.SUPERVISOR);
        otherWorker = user("b.worker", b, Role.CASEWORKER);
    }

    @Test
    public void a_nothingIsStoredWithoutConsentAndALocationOutlivesItsPack() throws Exception {
        try {
            persons.register(worker, new Registration(consent(false), details("Amina Test", null, ""), false));
            fail("registration without consent must be refused");
        } catch (ValidationException expected) {
            assertTrue(expected.errors().toString(), expected.errors().stream().anyMatch(e -> e.field().equals("consent")));
        }

        Bundle pack = context.installBundle("itest:cases-xa", new ByteArrayInputStream(PackJars.xa("1.0.0")));
        pack.start();
        awaitPack(PackState.ACTIVE);
        Person person = registered(persons.register(worker,
                new Registration(consent(true), details("Amina Test", "XA", "XA-N-1"), false)));
        assertEquals(List.of("Northern Region (fictional)", "Port Élan (fictional)"), person.location().namePath());

        pack.uninstall();
        awaitPack(PackState.REMOVED);
        Person later = persons.get(worker, person.id());
        assertEquals("the record still says where the person was", List.of("Northern Region (fictional)", "Port Élan (fictional)"),
                later.location().namePath());
        assertEquals("XA-N-1", later.location().divisionId());
    }

    @Test
    public void b_aDuplicateIsFoundAcrossScriptsWithItsReasons() {
        Person first = registered(persons.register(worker, new Registration(consent(true),
                details("محمد علي", "", ""), false)));
        assertFalse("a Latin form was suggested", first.details().names().get(0).latin().isBlank());

        RegistrationResult again = persons.register(worker, new Registration(consent(true), details("Mohamed Ali", "", ""), false));
        assertTrue("a transliterated variant is a possible duplicate: " + again,
                again instanceof RegistrationResult.PossibleDuplicates);
        var candidates = ((RegistrationResult.PossibleDuplicates) again).candidates();
        assertEquals(first.id(), candidates.get(0).personId());
        assertFalse("with its reasons", candidates.get(0).reasons().isEmpty());

        Person second = registered(persons.register(worker, new Registration(consent(true), details("Mohamed Ali", "", ""), true)));
        assertTrue(second.id() != first.id());
    }

    @Test
    public void c_aCaseIsClosedOnlyWithASupervisorsApprovalAndOnlyItsOrganisationSeesIt() {
        Person person = registered(persons.register(worker, new Registration(consent(true), details("Lina Case", "", ""), true)));
        CaseView opened = cases.open(worker, person.id(), Set.of(CaseFlag.OTHER_VULNERABLE_MIGRANT));
        assertEquals(CaseStatus.IDENTIFICATION, opened.status());
        cases.addNote(worker, opened.id(), "First contact at the bus station.");
        cases.addTask(worker, opened.id(), "Call back", LocalDate.now().plusDays(2));
        cases.changeStatus(worker, opened.id(), CaseStatus.INTAKE);

        try {
            cases.get(otherWorker, opened.id());
            fail("a caseworker of another organisation must not read the case");
        } catch (AccessDeniedException expected) {
            // need-to-know
        }

        Approval request = cases.requestApproval(worker, opened.id(), ApprovalKind.CLOSURE, "Returned home voluntarily");
        try {
            cases.decide(worker, request.id(), true, "");
            fail("a caseworker cannot approve");
        } catch (AccessDeniedException expected) {
            // supervisors decide
        }
        cases.decide(supervisor, request.id(), true, "Agreed");
        assertEquals(CaseStatus.CLOSED, cases.get(worker, opened.id()).status());

        List<AuditEntry> trail = audit.page(new AuditQuery(null, "case.", 0, 100));
        assertTrue("reads and changes are audited: " + trail, trail.stream().anyMatch(e -> e.actor().equals("a.worker")));
        assertTrue("refusals too", trail.stream().anyMatch(e -> e.actor().equals("b.worker")));
        assertTrue("no personal data in the audit", trail.stream().noneMatch(e -> String.valueOf(e.detail()).contains("Lina")
                || String.valueOf(e.target()).contains("Lina")));
    }

    @Test
    public void d_theRestApiRegistersOpensAndFindsACaseByNameInABodyNeverInAnAddress() {
        Http api = new Http(AmparoContainer.BASE);
        java.net.http.HttpResponse<String> login = api.postJson("/api/v1/session",
                "{\"username\":\"a.worker\",\"password\":\"" + PASSWORD + "\"}", java.util.Map.of());
        assertEquals(login.body(), 201, login.statusCode());
        java.util.Map<String, String> csrf = java.util.Map.of("X-CSRF-Token", Http.jsonField(login.body(), "csrfToken"));

        String registration = "{\"consent\":{\"purposes\":[\"REGISTRATION\"],\"method\":\"WRITTEN\",\"language\":\"fr\","
                + "\"date\":\"" + LocalDate.now() + "\",\"given\":true},\"names\":[{\"original\":\"Rasmata Ouedraogo (fictional)\"}],"
                + "\"sex\":\"FEMALE\",\"dateOfBirth\":\"1990-01-01\",\"nationality\":\"BF\",\"languages\":[\"fr\"],"
                + "\"notADuplicate\":true}";
        java.net.http.HttpResponse<String> created = api.postJson("/api/v1/persons", registration, csrf);
        assertEquals(created.body(), 201, created.statusCode());
        String personId = created.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1");

        java.net.http.HttpResponse<String> opened = api.postJson("/api/v1/cases",
                "{\"personId\":" + personId + ",\"flags\":[\"OTHER_VULNERABLE_MIGRANT\"]}", csrf);
        assertEquals(opened.body(), 201, opened.statusCode());

        assertEquals("a name in an address is refused", 400, api.get("/api/v1/cases?name=Rasmata").statusCode());
        java.net.http.HttpResponse<String> found = api.postJson("/api/v1/cases/search", "{\"name\":\"Rasmata\"}", csrf);
        assertEquals(found.body(), 200, found.statusCode());
        assertTrue(found.body(), found.body().contains("\"personId\":" + personId));

        Http outsider = new Http(AmparoContainer.BASE);
        java.net.http.HttpResponse<String> other = outsider.postJson("/api/v1/session",
                "{\"username\":\"b.worker\",\"password\":\"" + PASSWORD + "\"}", java.util.Map.of());
        assertEquals(403, outsider.get("/api/v1/persons/" + personId).statusCode());
        assertTrue(other.statusCode() == 201);
    }

    /**
     * Attachments through both adapters on the real database (Derby BLOB): a 3 MiB PDF over REST
     * (larger than any other request may be) and a PNG through the web form (multipart), each read
     * back byte for byte by the supervisor and refused to the other organisation; a text file is
     * refused with the reason; a person's details are corrected over REST and the change listed.
     */
    @Test
    public void e_attachmentsAreStoredInTheDatabaseAndReadBackExactlyAndDetailsAreCorrected() throws Exception {
        long personId = registered(persons.register(worker, new Registration(consent(true),
                details("Adjoa Mensah (fictional)", "", ""), true))).id();
        long caseId = cases.open(worker, personId, Set.of()).id();

        Http api = new Http(AmparoContainer.BASE);
        java.net.http.HttpResponse<String> login = api.postJson("/api/v1/session",
                "{\"username\":\"a.worker\",\"password\":\"" + PASSWORD + "\"}", java.util.Map.of());
        java.util.Map<String, String> csrf = java.util.Map.of("X-CSRF-Token", Http.jsonField(login.body(), "csrfToken"));
        byte[] pdf = new byte[3 * 1024 * 1024];
        new java.util.Random(7).nextBytes(pdf);
        System.arraycopy("%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII), 0, pdf, 0, 9);
        java.net.http.HttpResponse<String> uploaded = api.postJson("/api/v1/cases/" + caseId + "/attachments",
                "{\"fileName\":\"statement.pdf\",\"description\":\"signed statement\",\"content\":\""
                        + java.util.Base64.getEncoder().encodeToString(pdf) + "\"}", csrf);
        assertEquals(uploaded.body(), 201, uploaded.statusCode());
        String pdfId = uploaded.body().replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1");
        assertTrue(uploaded.body(), uploaded.body().contains("\"mediaType\":\"application/pdf\""));
        java.net.http.HttpResponse<String> text = api.postJson("/api/v1/cases/" + caseId + "/attachments",
                "{\"fileName\":\"notes.pdf\",\"content\":\"" + java.util.Base64.getEncoder().encodeToString(
                        "plain words".getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "\"}", csrf);
        assertEquals(text.body(), 400, text.statusCode());
        assertTrue(text.body(), text.body().contains("Only PDF documents and JPEG or PNG images"));

        Http web = Http.webLogin("a.worker", PASSWORD);
        String page = web.get("/app/cases/" + caseId).body();
        assertTrue(page.contains("statement.pdf"));
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3 };
        String boundary = "----itest" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (String[] field : new String[][] { { "_csrf", Http.hiddenField(page, "_csrf") }, { "op", "attach" },
                { "description", "photo of the contract" } }) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1]
                    + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"contract.png\"\r\n"
                + "Content-Type: image/png\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(png);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        java.net.http.HttpResponse<String> sent = web.postBytes("/app/cases/" + caseId, "multipart/form-data; boundary=" + boundary,
                body.toByteArray());
        assertEquals(sent.body(), 303, sent.statusCode());

        List<org.amparo.cases.Attachment> stored = cases.attachments(supervisor, caseId);
        assertEquals(List.of("statement.pdf", "contract.png"), stored.stream().map(org.amparo.cases.Attachment::fileName).toList());
        Http boss = Http.webLogin("a.supervisor", PASSWORD);
        java.net.http.HttpResponse<byte[]> pdfBack = boss.getBytes("/app/cases/" + caseId + "/attachments/" + pdfId);
        assertEquals(200, pdfBack.statusCode());
        assertTrue(java.util.Arrays.equals(pdf, pdfBack.body()));
        assertTrue(pdfBack.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        java.net.http.HttpResponse<byte[]> pngBack = api.getBytes("/api/v1/cases/" + caseId + "/attachments/" + stored.get(1).id());
        assertEquals(200, pngBack.statusCode());
        assertTrue(java.util.Arrays.equals(png, pngBack.body()));
        Http outsider = Http.webLogin("b.worker", PASSWORD);
        assertEquals(403, outsider.getBytes("/app/cases/" + caseId + "/attachments/" + pdfId).statusCode());
        assertTrue("downloads are audited", audit.page(new org.amparo.audit.AuditQuery("a.supervisor", "case.attachment.read", 0, 5))
                .stream().anyMatch(e -> e.detail().equals("attachment=" + pdfId)));

        java.net.http.HttpResponse<String> corrected = api.putJson("/api/v1/persons/" + personId,
                "{\"names\":[{\"original\":\"Adjoa Mensah-Owusu (fictional)\"}],\"sex\":\"FEMALE\",\"nationality\":\"GH\",\"languages\":[\"ar\"]}", csrf);
        assertEquals(corrected.body(), 200, corrected.statusCode());
        java.net.http.HttpResponse<String> changes = api.get("/api/v1/persons/" + personId + "/changes");
        assertTrue(changes.body(), changes.body().contains("\"fields\":[\"names\",\"dateOfBirth\",\"nationality\"]"));
    }

    // --- helpers ---

    private static ConsentDecision consent(boolean registration) {
        Set<ConsentPurpose> purposes = registration ? EnumSet.of(ConsentPurpose.REGISTRATION, ConsentPurpose.ASSISTANCE)
                : EnumSet.of(ConsentPurpose.ASSISTANCE);
        return new ConsentDecision(purposes, Set.of(), ConsentMethod.WRITTEN, "ar", LocalDate.now(), true);
    }

    private static PersonDetails details(String name, String country, String division) {
        return new PersonDetails(List.of(new Name(name, "")), Sex.FEMALE, null, BORN, false, null, null, null, "SD",
                List.of("ar"), List.of(), country, division, null);
    }

    private static Person registered(RegistrationResult result) {
        if (result instanceof RegistrationResult.Registered registered) {
            return registered.person();
        }
        throw new AssertionError("expected a registration, got " + result);
    }

    private Organisation organisation(String code) {
        return organisations.findByCode(code)
                .orElseGet(() -> organisations.create(code, "Cases test organisation " + code + " (fictional)", "", true, "itest"));
    }

    private Actor user(String username, Organisation org, Role role) {
        if (users.find(username).isEmpty()) {
            users.create(new NewUser(username, username + " (fictional)", org.id(), EnumSet.of(role), PASSWORD.toCharArray(), "en"), "itest");
        }
        return new Actor(username, org.id(), EnumSet.of(role));
    }

    private void awaitPack(PackState state) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (packs.status("XA").map(s -> s.state() != state).orElse(true)) {
            if (System.currentTimeMillis() > deadline) {
                fail("pack XA did not become " + state + ": " + packs.packs());
            }
            Thread.sleep(100);
        }
    }
}
