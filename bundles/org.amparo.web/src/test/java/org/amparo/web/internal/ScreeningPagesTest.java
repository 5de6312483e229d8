package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.internal.Fixture;
import org.amparo.interviews.internal.InterviewServiceImpl;
import org.amparo.interviews.internal.ListVerificationsImpl;
import org.amparo.screening.internal.DeterminationEngineImpl;
import org.amparo.screening.internal.InstrumentsImpl;
import org.amparo.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The screening pages over the real services (cases with need-to-know, interviews, instruments,
 * engine) on in-memory Derby: start in the person's language, answer with the questions in two
 * languages, save a draft, see the follow-up questions appear, complete, and read the
 * determination with its explanations. Every name is fictional.
 */
class ScreeningPagesTest {
    private static final String PASSWORD = "correct horse battery";
    private final Fixture f = new Fixture();
    private WebHarness web;
    private long caseId;

    @BeforeEach
    void start() throws Exception {
        Actor cora = f.user("cora", f.org, Role.CASEWORKER);
        f.user("carl", f.org, Role.CASEWORKER);
        caseId = f.cases.open(cora, f.register(cora, Fixture.adult("Amina Haddad", "Amina Haddad")), Set.of()).id();
        InstrumentsImpl instruments = InstrumentsImpl.fromCodeSource(f.packs);
        ListVerificationsImpl lists = new ListVerificationsImpl(f.database, f.audit, instruments);
        InterviewServiceImpl interviews = new InterviewServiceImpl(f.database, f.audit, f.cases, instruments,
                new DeterminationEngineImpl(), lists);
        web = new WebHarness();
        web.security.addUser("cora", "Cora Caseworker", f.org, PASSWORD, Role.CASEWORKER);
        web.security.addUser("carl", "Carl Caseworker", f.org, PASSWORD, Role.CASEWORKER);
        web.addPage(new ScreeningsPage(interviews, web.security.userService, web.messages, new CountryPageTest.FakePacks(), instruments));
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

    @Test
    void aScreeningIsAnsweredInTwoLanguagesSavedResumedAndCompletedWithItsExplainedDetermination() throws Exception {
        WebHarness.Browser cora = signedIn("cora");
        WebHarness.Response list = cora.get("/app/screenings/case/" + caseId);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("No screening yet.").contains("id=\"start-language\"");

        WebHarness.Response bad = cora.post("/app/screenings/case/" + caseId, Map.of("_csrf", list.csrf(), "personLanguage", "?"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("id=\"start-language-error\"");
        WebHarness.Response started = cora.post("/app/screenings/case/" + caseId, Map.of("_csrf", list.csrf(), "personLanguage", "ar"));
        assertThat(started.status()).isEqualTo(303);
        String path = started.header("Location");

        String draft = cora.get(path).body();
        assertThat(draft).contains("id=\"q-tip-recruited\"").contains("lang=\"ar\" dir=\"rtl\"").contains("id=\"authority-notice\"")
                .contains("id=\"q-tip-recruited-unknown\"").contains("id=\"q-tip-recruited-declined\"")
                .doesNotContain("id=\"q-tip-recruitment-deception\"").contains("id=\"save-draft\"");

        Map<String, String> form = new HashMap<>(Map.of("_csrf", list.csrf(), "op", "save", "q.tip-recruited.shown", "1",
                "q.tip-recruited", "yes", "q.tip-worked.shown", "1", "q.tip-worked", "yes"));
        assertThat(cora.post(path, form).status()).isEqualTo(303);
        String resumed = cora.get(path + "?done=saved").body();
        assertThat(resumed).contains("The draft has been saved.").contains("id=\"q-tip-recruitment-deception\"")
                .contains("id=\"q-tip-exploitation\"").contains("id=\"q-tip-recruited-yes\" name=\"q.tip-recruited\" value=\"yes\" checked");

        Map<String, String> wrong = new HashMap<>(Map.of("_csrf", list.csrf(), "op", "save", "q.tip-recruitment-deception.shown", "1",
                "q.tip-recruitment-deception.deceived-nature-of-job", "on", "q.tip-still-controlled.shown", "1",
                "q.tip-still-controlled", "perhaps"));
        WebHarness.Response refused = cora.post(path, wrong);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("id=\"q-tip-still-controlled-error\"")
                .as("the right answer of the same form was kept")
                .contains("id=\"q-tip-recruitment-deception-deceived-nature-of-job\" name=\"q.tip-recruitment-deception.deceived-nature-of-job\" value=\"on\" checked");

        Map<String, String> rest = new HashMap<>();
        rest.put("_csrf", list.csrf());
        rest.put("op", "complete");
        rest.put("q.tip-recruitment-deception.shown", "1");
        rest.put("q.tip-recruitment-deception.deceived-nature-of-job", "on");
        rest.put("q.tip-recruitment-deception.deceived-wages", "on");
        rest.put("q.tip-exploitation.shown", "1");
        rest.put("q.tip-exploitation.excessive-hours", "on");
        rest.put("q.tip-exploitation.low-or-no-salary", "on");
        rest.put("q.tip-destination-coercion.shown", "1");
        rest.put("q.tip-destination-coercion.confiscation-of-documents", "on");
        rest.put("q.tip-destination-coercion.threats-of-violence", "on");
        rest.put("q.tip-still-controlled.shown", "1");
        rest.put("q.tip-still-controlled.~declined", "on");
        WebHarness.Response completed = cora.post(path, rest);
        assertThat(completed.status()).isEqualTo(303);
        String done = cora.get(completed.header("Location")).body();
        assertThat(done).contains("The screening is completed.").contains("id=\"determination\"")
                .contains("id=\"flag-possible-trafficking-victim\"").contains("id=\"list-adult_labour\"")
                .contains("id=\"indicative-notice\"").contains("list not yet verified").contains("Why")
                .contains("id=\"rerun-submit\"").doesNotContain("id=\"save-draft\"").contains("Declined to answer");

        assertThat(signedIn("carl").get(path).status()).as("not carl's case").isEqualTo(403);
    }
}
