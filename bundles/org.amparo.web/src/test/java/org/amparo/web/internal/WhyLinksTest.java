package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.Set;

import org.amparo.cases.Actor;
import org.amparo.cases.internal.Fixture;
import org.amparo.interviews.internal.InterviewServiceImpl;
import org.amparo.interviews.internal.ListVerificationsImpl;
import org.amparo.screening.internal.DeterminationEngineImpl;
import org.amparo.screening.internal.InstrumentsImpl;
import org.amparo.security.Role;
import org.amparo.standards.Library;
import org.amparo.standards.Place;
import org.amparo.standards.internal.LibraryImpl;
import org.amparo.standards.internal.WebLibraries;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * "Why this is asked": while the library is on, each screening question and the case's workflow
 * step link to the standards behind them, and those addresses answer; with the library off there
 * are no links. Over the real case, interview and screening services on in-memory Derby.
 */
class WhyLinksTest {
    private static final String PASSWORD = "correct horse battery";
    private final Fixture f = new Fixture();
    private final LibraryImpl library = WebLibraries.library();
    private WebHarness web;
    private ScreeningsPage screenings;
    private CasesPage casesPage;
    private long caseId;

    @BeforeEach
    void start() throws Exception {
        Actor cora = f.user("cora", f.org, Role.CASEWORKER);
        caseId = f.cases.open(cora, f.register(cora, Fixture.child("Yusuf")), Set.of()).id();
        InstrumentsImpl instruments = InstrumentsImpl.fromCodeSource(f.packs);
        InterviewServiceImpl interviews = new InterviewServiceImpl(f.database, f.audit, f.cases, instruments,
                new DeterminationEngineImpl(), new ListVerificationsImpl(f.database, f.audit, instruments));
        web = new WebHarness();
        LibraryPagesTest.addTexts(web.messages, "standards");
        web.security.addUser("cora", "Cora Caseworker", f.org, PASSWORD, Role.CASEWORKER);
        screenings = new ScreeningsPage(interviews, web.security.userService, web.messages, new CountryPageTest.FakePacks(), instruments);
        casesPage = new CasesPage(f.cases, web.security.userService);
        web.addPage(screenings);
        web.addPage(casesPage);
        web.addPage(new LibraryPage(library, web.security.userService, web.messages, null, instruments, null));
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
    }

    /** Binds or unbinds the library as DS does with the pages' optional dynamic reference. */
    private static void bind(Object page, Library library) throws Exception {
        Field field = page.getClass().getDeclaredField("library");
        field.setAccessible(true);
        field.set(page, library);
    }

    @Test
    void questionsAndTheWorkflowStepLinkToTheirStandardsOnlyWhileTheLibraryIsOn() throws Exception {
        WebHarness.Browser cora = web.browser();
        cora.login("cora", PASSWORD);
        WebHarness.Response list = cora.get("/app/screenings/case/" + caseId);
        String draftPath = cora.post("/app/screenings/case/" + caseId, Map.of("_csrf", list.csrf(), "personLanguage", "en"))
                .header("Location");
        assertThat(cora.get(draftPath).body()).doesNotContain("/app/library/why/");
        assertThat(cora.get("/app/cases/" + caseId).body()).doesNotContain("id=\"case-status-why\"");

        bind(screenings, library);
        bind(casesPage, library);
        String draft = cora.get(draftPath).body();
        assertThat(draft).contains("id=\"why-tip-recruited\"").contains("href=\"/app/library/why/screening:");
        String caseBody = cora.get("/app/cases/" + caseId).body();
        assertThat(caseBody).containsPattern("href=\"/app/library/why/case:[A-Z_]+\" id=\"case-status-why\"");

        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/app/library/why/(screening:[^\"]+)\" id=\"why-ch-in-school\"")
                .matcher(draft);
        if (link.find()) {
            assertThat(Place.parse(link.group(1))).isPresent();
            WebHarness.Response why = cora.get("/app/library/why/" + link.group(1));
            assertThat(why.status()).isEqualTo(200);
            assertThat(why.body()).contains("id=\"item-best-interests-child\"");
        }
        assertThat(cora.get("/app/library/why/case:IDENTIFICATION").status()).isEqualTo(200);
    }
}
