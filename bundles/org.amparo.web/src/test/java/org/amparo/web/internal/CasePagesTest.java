package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.amparo.cases.Actor;
import org.amparo.cases.ApprovalKind;
import org.amparo.cases.ApprovalState;
import org.amparo.cases.CaseFlag;
import org.amparo.cases.CaseStatus;
import org.amparo.cases.CaseView;
import org.amparo.cases.ConsentMethod;
import org.amparo.cases.ConsentPurpose;
import org.amparo.cases.DocumentHolder;
import org.amparo.cases.Name;
import org.amparo.cases.Person;
import org.amparo.cases.PersonDetails;
import org.amparo.cases.Sex;
import org.amparo.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The person and case pages over HTTP, on in-memory cases services. */
class CasePagesTest {
    private static final String PASSWORD = "correct horse battery";
    private WebHarness web;
    private final FakeCases cases = new FakeCases();
    private final CountryPageTest.FakePacks packs = new CountryPageTest.FakePacks();

    @BeforeEach
    void start() throws Exception {
        web = new WebHarness();
        web.security.addUser("cora", "Cora Caseworker", 1, PASSWORD, Role.CASEWORKER);
        web.security.addUser("carl", "Carl Caseworker", 1, PASSWORD, Role.CASEWORKER);
        web.security.addUser("sam", "Sam Supervisor", 1, PASSWORD, Role.SUPERVISOR);
        web.security.addUser("aud", "Aude Auditor", 1, PASSWORD, Role.AUDITOR);
        web.addPage(new PersonsPage(cases.persons, cases.cases, web.security.userService, packs, web.messages));
        web.addPage(new CasesPage(cases.cases, web.security.userService));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
    }

    private WebHarness.Browser signedIn(String username) throws Exception {
        WebHarness.Browser browser = web.browser();
        browser.login(username, PASSWORD);
        return browser;
    }

    private static Map<String, String> consent(String csrf, String op, String given) {
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "op", op, "purpose.REGISTRATION", "on",
                "purpose.ASSISTANCE", "on", "method", "VERBAL_CERTIFIED", "consentLanguage", "ar",
                "consentDate", LocalDate.now().toString(), "given", given));
        return form;
    }

    private static Actor actor(String username, Role role) {
        return new Actor(username, 1, Set.of(role));
    }

    private long register(String name) {
        return cases.persons.addPerson(actor("cora", Role.CASEWORKER), new PersonDetails(List.of(new Name(name, "")), Sex.FEMALE, "",
                null, false, 15, null, null, "", List.of(), List.of(), "", "", ""), false).id();
    }

    @Test
    void consentComesFirstAndARefusalKeepsNothingPersonal() throws Exception {
        WebHarness.Browser cora = signedIn("cora");
        WebHarness.Response form = cora.get("/app/persons/new");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("Nothing about the person is saved until their decision is recorded")
                .contains("id=\"consent-registration\"").contains("id=\"consent-given-yes\"").contains("id=\"refusal-submit\"")
                .doesNotContain("id=\"name-0-original\"");

        WebHarness.Response continued = cora.post("/app/persons/new", consent(form.csrf(), "consent", "no"));
        assertThat(continued.status()).isEqualTo(400);
        assertThat(continued.body()).contains("id=\"consent-given-error\">The person refused")
                .doesNotContain("id=\"name-0-original\"");

        WebHarness.Response refused = cora.post("/app/persons/new", consent(form.csrf(), "refuse", "no"));
        assertThat(refused.status()).isEqualTo(303);
        assertThat(refused.header("Location")).isEqualTo("/app/persons/new?done=refused");
        assertThat(cora.get("/app/persons/new?done=refused").body()).contains("id=\"refusal-recorded\"")
                .contains("The refusal has been recorded. Nothing personal was saved.");
        assertThat(cases.refusals).hasSize(1);
        assertThat(cases.refusals.get(0).method()).isEqualTo(ConsentMethod.VERBAL_CERTIFIED);
        assertThat(cases.refusals.get(0).purposes()).contains(ConsentPurpose.REGISTRATION);
        assertThat(cases.personRecords).isEmpty();
    }

    @Test
    void consentGivenLeadsToTheDetailsWithTheDecisionCarried() throws Exception {
        WebHarness.Browser cora = signedIn("cora");
        String csrf = cora.get("/app/persons/new").csrf();
        WebHarness.Response step2 = cora.post("/app/persons/new", consent(csrf, "consent", "yes"));
        assertThat(step2.status()).isEqualTo(200);
        assertThat(step2.body()).contains("id=\"name-0-original\"").contains("id=\"name-0-latin\"").contains("id=\"dob\"")
                .contains("id=\"register-submit\"").contains("name=\"purpose.REGISTRATION\" value=\"on\"")
                .contains("name=\"given\" value=\"yes\"").contains("if you leave it empty, one will be suggested")
                .contains("<option value=\"MA\">Morocco</option>");

        Map<String, String> missing = consent(csrf, "consent", "yes");
        missing.remove("method");
        missing.remove("purpose.REGISTRATION");
        missing.remove("purpose.ASSISTANCE");
        WebHarness.Response invalid = cora.post("/app/persons/new", missing);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body()).contains("id=\"consent-method-error\"").contains("id=\"consent-purposes-error\"")
                .contains("value=\"ar\" selected").contains("id=\"consent-given-yes\" name=\"given\" value=\"yes\" checked");
    }

    @Test
    void badInputGetsAnErrorNextToItsFieldAndLosesNothing() throws Exception {
        WebHarness.Browser cora = signedIn("cora");
        String csrf = cora.get("/app/persons/new").csrf();
        Map<String, String> form = consent(csrf, "register", "yes");
        form.putAll(Map.of("name.0.original", "فاطمة", "name.0.latin", "Fatima", "dob", "31/02/2026", "claimedAge", "fifteen",
                "languages", "ar, fr", "contact", "via <the> NGO", "doc.0.type", "passport", "doc.0.holder", "WITHHELD_BY_OTHER"));
        WebHarness.Response local = cora.post("/app/persons/new", form);
        assertThat(local.status()).isEqualTo(400);
        assertThat(local.body()).contains("id=\"dob-error\">Enter a date as year-month-day")
                .contains("id=\"claimed-age-error\">Enter a whole number.")
                .contains("value=\"31/02/2026\"").contains("value=\"fifteen\"").contains("value=\"فاطمة\"")
                .contains("value=\"Fatima\"").contains("value=\"ar, fr\"").contains(">via &lt;the&gt; NGO</textarea>")
                .contains("<option value=\"WITHHELD_BY_OTHER\" selected>");
        assertThat(cases.personRecords).isEmpty();

        form.putAll(Map.of("dob", "2011-02-03", "claimedAge", "15"));
        WebHarness.Response fromService = cora.post("/app/persons/new", form);
        assertThat(fromService.status()).isEqualTo(400);
        assertThat(fromService.body()).contains("id=\"sex-error\">[cases.person.sexRequired]").contains("value=\"2011-02-03\"")
                .contains("Please correct the 1 field(s) marked below.");

        form.put("sex", "FEMALE");
        WebHarness.Response done = cora.post("/app/persons/new", form);
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).matches("/app/persons/[0-9]+\\?done=registered");
        PersonDetails details = cases.registrations.get(0).details();
        assertThat(details.names()).containsExactly(new Name("فاطمة", "Fatima"));
        assertThat(details.languages()).containsExactly("ar", "fr");
        assertThat(details.documents().get(0).heldBy()).isEqualTo(DocumentHolder.WITHHELD_BY_OTHER);
        assertThat(details.dateOfBirth()).isEqualTo(LocalDate.of(2011, 2, 3));
        assertThat(cases.registrations.get(0).consent().gives(ConsentPurpose.ASSISTANCE)).isTrue();
        assertThat(done.header("Location")).doesNotContain("Fatima");
    }

    @Test
    void aHostileNameIsEscapedEverywhere() throws Exception {
        WebHarness.Browser cora = signedIn("cora");
        String csrf = cora.get("/app/persons/new").csrf();
        Map<String, String> form = consent(csrf, "register", "yes");
        form.putAll(Map.of("name.0.original", "<script>alert(1)</script>", "sex", "MALE", "genderIdentity", "\"><img src=x>"));
        WebHarness.Response done = cora.post("/app/persons/new", form);
        assertThat(done.status()).isEqualTo(303);
        String page = cora.get(done.header("Location")).body();
        assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("&quot;&gt;&lt;img src=x&gt;")
                .doesNotContain("<script>alert").doesNotContain("<img src=x>")
                .contains("id=\"person-notice\"").contains("id=\"withdraw-REGISTRATION\"").contains("id=\"open-case-submit\"");
    }

    @Test
    void possibleDuplicatesAreShownWithTheirReasonsAndCanBeConfirmedDifferent() throws Exception {
        long existing = register("Amina");
        WebHarness.Browser cora = signedIn("cora");
        String csrf = cora.get("/app/persons/new").csrf();
        Map<String, String> form = consent(csrf, "register", "yes");
        form.putAll(Map.of("name.0.original", "Amina", "sex", "FEMALE"));
        WebHarness.Response warned = cora.post("/app/persons/new", form);
        assertThat(warned.status()).isEqualTo(409);
        assertThat(warned.body()).contains("id=\"duplicate-warning\"")
                .contains("<a href=\"/app/persons/" + existing + "\" id=\"duplicate-" + existing + "\">Person " + existing
                        + " (likeness 93 %)</a>")
                .contains("<li>Match reason: SAME_NAME</li>").contains("<li>Match reason: same-birth-date</li>")
                .contains("id=\"not-duplicate\"").contains("value=\"Amina\"");
        assertThat(cases.personRecords).hasSize(1);

        form.put("notADuplicate", "on");
        assertThat(cora.post("/app/persons/new", form).status()).isEqualTo(303);
        assertThat(cases.personRecords).hasSize(2);
        assertThat(cases.registrations.get(0).notADuplicate()).isTrue();
    }

    @Test
    void aPossibleDuplicateCanBeMergedWithAStatedReason() throws Exception {
        long kept = register("Amina");
        long other = register("Amina");
        WebHarness.Browser cora = signedIn("cora");
        WebHarness.Response page = cora.get("/app/persons/" + kept + "?duplicates=on");
        assertThat(page.body()).contains("id=\"merge-" + other + "\"").contains("id=\"merge-reason-" + other + "\"");

        Map<String, String> form = new java.util.HashMap<>(Map.of("_csrf", page.csrf(), "op", "merge",
                "mergedId", String.valueOf(other), "reason", " "));
        WebHarness.Response refused = cora.post("/app/persons/" + kept, form);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(cases.mergeRecords).isEmpty();

        form.put("reason", "Same passport number");
        WebHarness.Response merged = cora.post("/app/persons/" + kept, form);
        assertThat(merged.status()).isEqualTo(303);
        assertThat(cases.mergeRecords).singleElement().satisfies(m -> assertThat(m.mergedId()).isEqualTo(other));
        assertThat(cora.get("/app/persons/" + kept).body()).contains("id=\"merges\"").contains("id=\"undo-merge-1\"");
    }

    @Test
    void reasonCodesUseTheNamesLibraryTextsWhenInstalled() {
        FakeMessages messages = new FakeMessages();
        assertThat(messages.has("names.reason.same-name")).as("the names texts are not on this classpath").isFalse();
    }

    @Test
    void theCaseListPagesThroughWhatTheServiceReturns() throws Exception {
        long person = register("Amina");
        for (int i = 0; i < 30; i++) {
            cases.cases.open(actor("cora", Role.CASEWORKER), person, Set.of(CaseFlag.SMUGGLED_MIGRANT));
        }
        WebHarness.Browser cora = signedIn("cora");
        String home = cora.get("/app/").body();
        assertThat(home).contains("<a href=\"/app/cases\">Cases</a>").doesNotContain("href=\"/app/persons\"");
        WebHarness.Response first = cora.get("/app/cases");
        assertThat(first.body()).contains("id=\"register-person\"").contains("id=\"cases-next\"")
                .doesNotContain("id=\"cases-previous\"").contains("Smuggled migrant");
        assertThat(count(first.body(), "id=\"case-link-")).isEqualTo(25);

        WebHarness.Response second = cora.post("/app/cases", Map.of("_csrf", first.csrf(), "offset", "25", "name", "Ami"));
        assertThat(second.body()).contains("id=\"cases-previous\"").doesNotContain("id=\"cases-next\"")
                .contains("value=\"Ami\"");
        assertThat(count(second.body(), "id=\"case-link-")).isEqualTo(5);

        WebHarness.Browser auditor = signedIn("aud");
        assertThat(auditor.get("/app/cases").status()).isEqualTo(403);
        assertThat(auditor.get("/app/persons/new").status()).isEqualTo(403);
    }

    @Test
    void aSupervisorSeesApproveButtonsAndTheCaseworkerDoesNot() throws Exception {
        long person = register("Amina");
        CaseView opened = cases.cases.open(actor("cora", Role.CASEWORKER), person, Set.of());
        WebHarness.Browser cora = signedIn("cora");
        String page = cora.get("/app/cases/" + opened.id()).body();
        assertThat(page).contains("id=\"status-next\"").contains("Move to “Intake”").contains("id=\"request-closure-submit\"");

        WebHarness.Response empty = cora.post("/app/cases/" + opened.id(), Map.of("_csrf", cora.get("/app/cases").csrf(),
                "op", "closure", "reason", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("id=\"request-closure-reason-error\">[cases.approval.closureReasonRequired]");

        String csrf = cora.get("/app/cases/" + opened.id()).csrf();
        WebHarness.Response requested = cora.post("/app/cases/" + opened.id(),
                Map.of("_csrf", csrf, "op", "closure", "reason", "Reunited with family"));
        assertThat(requested.status()).isEqualTo(303);
        long approval = cases.approvals.get(0).id();
        assertThat(cora.get("/app/cases/" + opened.id()).body()).contains("Reunited with family")
                .doesNotContain("id=\"approve-" + approval + "\"");

        WebHarness.Browser sam = signedIn("sam");
        String samPage = sam.get("/app/cases/" + opened.id()).body();
        assertThat(samPage).contains("id=\"approve-" + approval + "\"").contains("id=\"reject-" + approval + "\"")
                .contains("id=\"assign-username\"");
        WebHarness.Response approved = sam.post("/app/cases/" + opened.id(),
                Map.of("_csrf", sam.get("/app/cases").csrf(), "op", "approve", "approval", Long.toString(approval), "note", "ok"));
        assertThat(approved.status()).isEqualTo(303);
        assertThat(cases.approvals.get(0).state()).isEqualTo(ApprovalState.APPROVED);
        assertThat(cases.caseRecords.get(opened.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(sam.get("/app/cases/" + opened.id()).body()).contains("id=\"reopen-INTAKE\"")
                .doesNotContain("id=\"request-closure-submit\"");
    }

    @Test
    void notesAndTasksKeepTheirInputAndOverdueTasksStandOut() throws Exception {
        long person = register("Amina");
        CaseView opened = cases.cases.open(actor("cora", Role.CASEWORKER), person, Set.of());
        cases.cases.addTask(actor("cora", Role.CASEWORKER), opened.id(), "Call the shelter", LocalDate.now().minusDays(2));
        WebHarness.Browser cora = signedIn("cora");
        String page = cora.get("/app/cases/" + opened.id()).body();
        long task = cases.tasks.get(0).id();
        assertThat(page).contains("<li id=\"task-" + task + "\" class=\"task-overdue\">").contains("Overdue")
                .contains("id=\"complete-" + task + "\"").contains("id=\"note-text\"").contains("id=\"task-due\"");

        String csrf = cora.get("/app/cases").csrf();
        WebHarness.Response badTask = cora.post("/app/cases/" + opened.id(),
                Map.of("_csrf", csrf, "op", "task", "title", "Find <an> interpreter", "due", "tomorrow"));
        assertThat(badTask.status()).isEqualTo(400);
        assertThat(badTask.body()).contains("id=\"task-due-error\">Enter a date")
                .contains("value=\"Find &lt;an&gt; interpreter\"").contains("value=\"tomorrow\"");

        WebHarness.Response emptyNote = cora.post("/app/cases/" + opened.id(), Map.of("_csrf", csrf, "op", "note", "text", ""));
        assertThat(emptyNote.status()).isEqualTo(400);
        assertThat(emptyNote.body()).contains("id=\"note-text-error\">[cases.note.textRequired]");

        assertThat(cora.post("/app/cases/" + opened.id(), Map.of("_csrf", csrf, "op", "note", "text", "Met <b>her</b>"))
                .header("Location")).isEqualTo("/app/cases/" + opened.id() + "?done=note");
        assertThat(cora.get("/app/cases/" + opened.id() + "?done=note").body()).contains("Met &lt;b&gt;her&lt;/b&gt;")
                .contains("The note has been added.");
        assertThat(cora.post("/app/cases/" + opened.id(), Map.of("_csrf", csrf, "op", "complete", "task", Long.toString(task)))
                .status()).isEqualTo(303);
        assertThat(cases.tasks.get(0).done()).isTrue();
    }

    @Test
    void aRefusedCaseOffersEmergencyAccessOnAStatedReason() throws Exception {
        long person = register("Amina");
        CaseView opened = cases.cases.open(actor("cora", Role.CASEWORKER), person, Set.of());
        WebHarness.Browser carl = signedIn("carl");
        WebHarness.Response denied = carl.get("/app/cases/" + opened.id());
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.body()).contains("id=\"break-glass-reason\"").contains("for 60 minutes")
                .doesNotContain("id=\"note-text\"");
        WebHarness.Response noReason = carl.post("/app/cases/" + opened.id(),
                Map.of("_csrf", denied.csrf(), "op", "breakGlass", "reason", ""));
        assertThat(noReason.status()).isEqualTo(403);
        assertThat(noReason.body()).contains("id=\"break-glass-reason-error\"");
        WebHarness.Response granted = carl.post("/app/cases/" + opened.id(),
                Map.of("_csrf", denied.csrf(), "op", "breakGlass", "reason", "Child missing tonight"));
        assertThat(granted.status()).isEqualTo(303);
        assertThat(carl.get(granted.header("Location")).body()).contains("Emergency access granted");

        WebHarness.Response otherPerson = carl.get("/app/persons/99999");
        assertThat(otherPerson.status()).isEqualTo(404);
    }

    @Test
    void aChildCaseAtAssessmentAsksForPlanApprovalInsteadOfMovingOn() throws Exception {
        Person child = cases.persons.addPerson(actor("cora", Role.CASEWORKER), new PersonDetails(List.of(new Name("Yusuf", "")),
                Sex.MALE, "", null, false, 14, null, null, "", List.of(), List.of(), "", "", ""), true);
        CaseView opened = cases.cases.open(actor("cora", Role.CASEWORKER), child.id(), Set.of(CaseFlag.UNACCOMPANIED_OR_SEPARATED_CHILD));
        cases.caseRecords.put(opened.id(), new CaseView(opened.id(), opened.number(), opened.personId(), 1, CaseStatus.ASSESSMENT, "",
                opened.flags(), true, "cora", "cora", opened.createdAt(), opened.updatedAt()));
        String page = signedIn("cora").get("/app/cases/" + opened.id()).body();
        assertThat(page).contains("id=\"request-plan-submit\"").doesNotContain("id=\"status-next\"")
                .contains("id=\"bia-summary\"").contains("id=\"child-flag\"");
        cases.cases.requestApproval(actor("cora", Role.CASEWORKER), opened.id(), ApprovalKind.CHILD_CASE_PLAN, "");
    }

    @Test
    void findPlaceListsAFewMatchesAndTheChoiceIsRegistered() throws Exception {
        packs.country = new org.amparo.countries.Country("XA", "1.0.0", "r1", true, "country.xa.name", List.of(), null, null,
                List.of(), null, List.of(), 2, List.of(), List.of(), List.of());
        packs.divisions.add(new org.amparo.countries.Division("XA", "XA-N", null, 1, "Northern <Region>", Map.of(), List.of(),
                false));
        packs.divisions.add(new org.amparo.countries.Division("XA", "XA-N-1", "XA-N", 2, "Port Élan", Map.of(),
                List.of("Northern <Region>"), false));
        WebHarness.Browser cora = signedIn("cora");
        String csrf = cora.get("/app/persons/new").csrf();
        Map<String, String> form = consent(csrf, "findPlace", "yes");
        form.putAll(Map.of("name.0.original", "Amina", "placeQuery", "port"));
        WebHarness.Response found = cora.post("/app/persons/new", form);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).contains("id=\"place-0\" name=\"division\" value=\"XA-N-1\"")
                .contains("Northern &lt;Region&gt; › Port Élan").contains("id=\"place-none\"").contains("value=\"Amina\"")
                .doesNotContain("value=\"XA-N\"");
        assertThat(packs.lastLimit).isEqualTo(PersonRegistration.PLACES_SHOWN);

        form.putAll(Map.of("op", "register", "division", "XA-N-1", "sex", "FEMALE"));
        assertThat(cora.post("/app/persons/new", form).status()).isEqualTo(303);
        PersonDetails details = cases.registrations.get(0).details();
        assertThat(details.locationCountry()).isEqualTo("XA");
        assertThat(details.locationDivisionId()).isEqualTo("XA-N-1");
    }

    @Test
    void keysBuiltAtRunTimeExistInEveryLanguage() {
        Map<String, String> en = FakeMessages.file("web.properties");
        Map<String, String> fr = FakeMessages.file("web_fr.properties");
        Map<String, String> ar = FakeMessages.file("web_ar.properties");
        java.util.List<String> keys = new java.util.ArrayList<>();
        for (CaseStatus s : CaseStatus.values()) {
            keys.add("web.cases.status." + s.name());
        }
        for (CaseFlag f : CaseFlag.values()) {
            keys.add("web.cases.flag." + f.name());
        }
        for (ConsentPurpose p : ConsentPurpose.values()) {
            keys.add("web.consent.purpose." + p.name());
        }
        for (ConsentMethod m : ConsentMethod.values()) {
            keys.add("web.consent.method." + m.name());
        }
        for (Sex s : Sex.values()) {
            keys.add("web.persons.sex." + s.name());
        }
        for (DocumentHolder h : DocumentHolder.values()) {
            keys.add("web.persons.holder." + h.name());
        }
        for (ApprovalKind k : ApprovalKind.values()) {
            keys.add("web.case.approval.kind." + k.name());
        }
        for (ApprovalState s : ApprovalState.values()) {
            keys.add("web.case.approval.state." + s.name());
        }
        PersonRegistration.DOCUMENT_TYPES.forEach(t -> keys.add("web.persons.document.type." + t));
        CasesPage.COLUMNS.forEach(c -> keys.add("web.cases.column." + c));
        for (String c : List.of("purpose", "decision", "method", "language", "date", "recordedBy", "actions")) {
            keys.add("web.persons.consents.column." + c);
        }
        keys.addAll(CaseDetail.noticeKeys());
        keys.addAll(PersonsPage.NOTICES.values());
        for (String key : keys) {
            assertThat(en).as("English %s", key).containsKey(key);
            assertThat(fr).as("French %s", key).containsKey(key);
            assertThat(ar).as("Arabic %s", key).containsKey(key);
        }
    }

    private static int count(String text, String part) {
        Matcher matcher = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
