package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import org.amparo.audit.AuditEntry;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.amparo.web.api.PageRequest;
import org.amparo.web.api.PageResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shell's servlets over HTTP: log-in, sessions, CSRF, language, limits, errors, headers. */
class ShellServletTest {
    private WebHarness web;
    private WebHarness.Browser browser;

    @BeforeEach
    void start() throws Exception {
        web = new WebHarness();
        web.security.addUser("ana", "Ana Admin", 1, "correct horse battery", Role.SYSTEM_ADMIN);
        web.security.addUser("carl", "Carl <Caseworker>", 2, "correct horse battery", Role.CASEWORKER);
        browser = web.browser();
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
    }

    private static void assertSecurityHeaders(WebHarness.Response response) {
        assertThat(response.header("Content-Security-Policy")).contains("default-src 'self'").contains("script-src 'self'")
                .doesNotContain("unsafe-inline");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.header("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void theRootSendsVisitorsToTheLogInAndSignedInUsersToTheApp() throws Exception {
        WebHarness.Response anonymous = browser.get("/");
        assertThat(anonymous.status()).isEqualTo(303);
        assertThat(anonymous.header("Location")).endsWith("/login");

        browser.login("ana", "correct horse battery");
        assertThat(browser.get("/").header("Location")).endsWith("/app/");
    }

    @Test
    void theLogInPageHasTheFormTheCsrfCookieAndTheSecurityHeaders() throws Exception {
        WebHarness.Response page = browser.get("/login");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<html lang=\"en\" dir=\"ltr\">").contains("id=\"username\"")
                .contains("id=\"password\"").contains("id=\"login-submit\"").contains("id=\"lang-select\"");
        assertThat(page.setCookie("AMPARO_CSRF")).contains("HttpOnly").contains("Secure").contains("SameSite=Strict")
                .contains("Path=/");
        assertThat(page.csrf()).isEqualTo(browser.cookies.get("AMPARO_CSRF"));
        assertSecurityHeaders(page);
        assertThat(page.header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void aSuccessfulLogInOpensASessionAndShowsTheApp() throws Exception {
        WebHarness.Response login = browser.login("ana", "correct horse battery");

        assertThat(login.status()).isEqualTo(303);
        assertThat(login.header("Location")).endsWith("/app/");
        assertThat(login.setCookie("AMPARO_SESSION")).contains("HttpOnly").contains("Secure").contains("SameSite=Strict")
                .contains("Path=/");
        assertThat(web.security.sessions).containsKey(browser.cookies.get("AMPARO_SESSION"));
        assertThat(web.security.channels).containsOnly("web");

        WebHarness.Response home = browser.get("/app/");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("Signed in as Ana Admin").contains("<nav id=\"main-nav\"")
                .contains("id=\"logout\"");
        assertThat(home.header("Cache-Control")).isEqualTo("no-store");
        assertSecurityHeaders(home);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserReadTheSame() throws Exception {
        WebHarness.Response wrongPassword = browser.login("ana", "wrong password!!");
        WebHarness.Response unknownUser = browser.login("nobody", "wrong password!!");

        for (WebHarness.Response response : new WebHarness.Response[] {wrongPassword, unknownUser}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.body()).contains("<div class=\"error\" role=\"alert\"><p>The user name or the password is wrong.</p></div>")
                    .contains("id=\"username\"");
            assertThat(response.setCookie("AMPARO_SESSION")).isNull();
        }
        assertThat(wrongPassword.body()).contains("value=\"ana\"").doesNotContain("wrong password!!");
    }

    @Test
    void lockedAndDisabledAccountsAreToldWhy() throws Exception {
        User carl = web.security.users.get("carl");
        web.security.replace(new User(carl.id(), carl.username(), carl.displayName(), carl.organisationId(), carl.roles(),
                true, Instant.now().plusSeconds(600), "en", carl.createdAt()));
        assertThat(browser.login("carl", "correct horse battery").body()).contains("This account is locked for a while");

        web.security.replace(new User(carl.id(), carl.username(), carl.displayName(), carl.organisationId(), carl.roles(),
                false, null, "en", carl.createdAt()));
        WebHarness.Response disabled = browser.login("carl", "correct horse battery");
        assertThat(disabled.status()).isEqualTo(401);
        assertThat(disabled.body()).contains("This account has been disabled.");
    }

    @Test
    void aLogInWithoutTheCsrfTokenIsRefusedAndAudited() throws Exception {
        browser.get("/login");
        WebHarness.Response forged = browser.post("/login", Map.of("username", "ana", "password", "correct horse battery",
                "_csrf", "forged-token-forged-token-forged-token"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("This form has expired. Reload the page and try again.")
                .contains("<html lang=\"en\" dir=\"ltr\">");
        assertThat(web.security.sessions).isEmpty();
        assertThat(web.security.channels).as("the password was not even checked").isEmpty();
        AuditEntry entry = web.audit.entries.get(0);
        assertThat(entry.action()).isEqualTo("web.csrfRejected");
        assertThat(entry.actor()).isEqualTo("anonymous");
        assertThat(entry.detail()).isEqualTo("/login");

        WebHarness.Response noCookie = web.browser().post("/login", Map.of("username", "ana", "password", "x", "_csrf", "x"));
        assertThat(noCookie.status()).isEqualTo(403);
    }

    @Test
    void aSignedInFormWithAWrongTokenIsRefusedInTheUsersLanguage() throws Exception {
        browser.login("ana", "correct horse battery");
        String token = browser.get("/app/").csrf();
        browser.post("/lang", Map.of("lang", "fr", "_csrf", token, "return", "/app/"));

        WebHarness.Response forged = browser.post("/app/users", Map.of("op", "disable", "username", "carl", "_csrf", "nope"));

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("<html lang=\"fr\"").contains("Ce formulaire a expiré.");
        assertThat(web.security.users.get("carl").enabled()).isTrue();
        assertThat(web.audit.entries).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("web.csrfRejected");
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.detail()).isEqualTo("/app/users");
        });
    }

    @Test
    void anExpiredSessionSendsTheUserToLogInWithAMessage() throws Exception {
        browser.login("ana", "correct horse battery");
        String token = browser.cookies.get("AMPARO_SESSION");
        web.security.expire(token);

        WebHarness.Response app = browser.get("/app/audit");
        assertThat(app.status()).isEqualTo(303);
        assertThat(app.header("Location")).isEqualTo("/login?m=expired");
        assertThat(app.setCookie("AMPARO_SESSION")).contains("Max-Age=0");

        WebHarness.Response login = browser.get("/login?m=expired");
        assertThat(login.body()).contains("Your session expired. Please sign in again.");
        assertThat(browser.get("/login?m=%3Cscript%3E").body()).doesNotContain("<script").doesNotContain("role=\"status\"");
    }

    @Test
    void aPostWithAnExpiredSessionAlsoAsksToLogInAgain() throws Exception {
        browser.login("ana", "correct horse battery");
        String csrf = browser.get("/app/users").csrf();
        web.security.expire(browser.cookies.get("AMPARO_SESSION"));

        WebHarness.Response post = browser.post("/app/users", Map.of("op", "disable", "username", "carl", "_csrf", csrf));

        assertThat(post.status()).isEqualTo(303);
        assertThat(post.header("Location")).isEqualTo("/login?m=expired");
        assertThat(web.security.users.get("carl").enabled()).isTrue();
    }

    @Test
    void theLanguageCanBeSwitchedBeforeLogIn() throws Exception {
        String csrf = browser.get("/login").csrf();

        WebHarness.Response switched = browser.post("/lang", Map.of("lang", "ar", "_csrf", csrf, "return", "/login"));

        assertThat(switched.status()).isEqualTo(303);
        assertThat(switched.header("Location")).isEqualTo("/login");
        assertThat(switched.setCookie("AMPARO_LANG")).startsWith("AMPARO_LANG=ar;").contains("SameSite=Strict");
        WebHarness.Response arabic = browser.get("/login");
        assertThat(arabic.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("تسجيل الدخول");

        browser.login("ana", "correct horse battery");
        assertThat(browser.get("/app/").body()).as("the choice carries over into the session")
                .contains("<html lang=\"ar\" dir=\"rtl\">");
    }

    @Test
    void theLanguageCanBeSwitchedAfterLogInAndIsKeptInTheSession() throws Exception {
        browser.login("ana", "correct horse battery");
        String token = browser.cookies.get("AMPARO_SESSION");
        String csrf = browser.get("/app/audit").csrf();

        WebHarness.Response switched = browser.post("/lang", Map.of("lang", "fr", "_csrf", csrf, "return", "/app/audit"));

        assertThat(switched.header("Location")).isEqualTo("/app/audit");
        assertThat(web.security.sessions.get(token).language()).isEqualTo("fr");
        browser.cookies.remove("AMPARO_LANG");
        assertThat(browser.get("/app/audit").body()).contains("<html lang=\"fr\" dir=\"ltr\">").contains("Journal d&#39;audit");
    }

    @Test
    void theLanguageSwitchDoesNotRedirectElsewhereNorAcceptUnknownLanguages() throws Exception {
        String csrf = browser.get("/login").csrf();

        WebHarness.Response offSite = browser.post("/lang", Map.of("lang", "xx", "_csrf", csrf, "return", "//evil.example/"));

        assertThat(offSite.header("Location")).isEqualTo("/login");
        assertThat(offSite.setCookie("AMPARO_LANG")).isNull();
    }

    @Test
    void theBrowsersLanguageIsUsedWhenNothingWasChosen() throws Exception {
        browser.acceptLanguage = "de-DE, fr;q=0.8, en;q=0.5";
        assertThat(browser.get("/login").body()).contains("<html lang=\"fr\" dir=\"ltr\">").contains("Nom d&#39;utilisateur");
    }

    @Test
    void logOutEndsTheSession() throws Exception {
        browser.login("ana", "correct horse battery");
        String token = browser.cookies.get("AMPARO_SESSION");
        String csrf = browser.get("/app/").csrf();

        assertThat(browser.get("/logout").status()).as("log-out is POST only").isEqualTo(405);
        WebHarness.Response out = browser.post("/logout", Map.of("_csrf", csrf));

        assertThat(out.status()).isEqualTo(303);
        assertThat(out.header("Location")).isEqualTo("/login?m=loggedOut");
        assertThat(out.setCookie("AMPARO_SESSION")).contains("Max-Age=0");
        assertThat(web.security.sessions).doesNotContainKey(token);
        assertThat(browser.get("/app/").header("Location")).isEqualTo("/login");
    }

    @Test
    void unknownAddressesGetAFriendly404InTheLayout() throws Exception {
        browser.cookies.put("AMPARO_LANG", "ar");
        WebHarness.Response missing = browser.get("/no/such/page");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("الصفحة غير موجودة")
                .contains("class=\"error\" role=\"alert\"");
        assertSecurityHeaders(missing);

        browser.login("ana", "correct horse battery");
        WebHarness.Response signedIn = browser.get("/app/no-such-page");
        assertThat(signedIn.status()).isEqualTo(404);
        assertThat(signedIn.body()).as("signed in, the 404 keeps the navigation").contains("<nav id=\"main-nav\"");
        assertThat(browser.get("/app/users/extra/path").status()).isEqualTo(404);
        assertThat(browser.get("/app/").status()).isEqualTo(200);
        assertThat(browser.get("/app").header("Location")).isEqualTo("/app/");
    }

    @Test
    void oversizedPostsGet413InTheUsersLanguage() throws Exception {
        browser.cookies.put("AMPARO_LANG", "fr");
        String csrf = browser.get("/login").csrf();
        String big = "_csrf=" + csrf + "&username=" + "a".repeat(FormData.MAX_BYTES);

        WebHarness.Response declared = browser.post("/login", big);
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.body()).contains("Trop de données").contains("<html lang=\"fr\"");

        WebHarness.Response chunked = browser.postChunked("/login", big.getBytes(StandardCharsets.UTF_8));
        assertThat(chunked.status()).isEqualTo(413);

        WebHarness.Response justBelow = browser.post("/login",
                "_csrf=" + csrf + "&username=ana&password=x&pad=" + "p".repeat(FormData.MAX_BYTES - 200));
        assertThat(justBelow.status()).isEqualTo(401);
    }

    @Test
    void malformedParametersNeverCauseAServerError() throws Exception {
        browser.login("ana", "correct horse battery");
        String csrf = browser.get("/app/").csrf();

        assertThat(browser.rawGet("/app/users?page=%zz&page=-1&done=%")).isEqualTo(200);
        assertThat(browser.rawGet("/login?m=%E0%A4%A&%%%")).as("signed in: sent on to the app").isEqualTo(303);
        assertThat(web.browser().rawGet("/login?m=%E0%A4%A&%%%")).isEqualTo(200);
        assertThat(browser.post("/app/audit", "_csrf=" + csrf + "&op=filter&actor=%ZZ&page=abc&action=%").status()).isEqualTo(200);
        assertThat(browser.post("/app/users", "_csrf=" + csrf + "&op=create&username=%C0%AF&organisation=99999999999999999999")
                .status()).isEqualTo(400);
        assertThat(browser.post("/app/users", "_csrf=" + csrf + "&op=nonsense").status()).isEqualTo(400);
        assertThat(browser.post("/lang", "_csrf=" + csrf + "&lang=%ff%fe&return=%00").status()).isEqualTo(303);
    }

    @Test
    void anUnexpectedFailureShowsAnIncidentNumberAndNoStackTrace() throws Exception {
        web.addPage(new org.amparo.web.api.Page() {
            @Override
            public String path() {
                return "broken";
            }

            @Override
            public String titleKey() {
                return "test.broken";
            }

            @Override
            public PageResult handle(PageRequest request) {
                throw new IllegalStateException("simulated failure in a page");
            }
        });
        browser.login("ana", "correct horse battery");

        WebHarness.Response failed = browser.get("/app/broken");

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).containsPattern("incident number: [0-9A-F]{4}-[0-9A-F]{4}")
                .contains("<html lang=\"en\" dir=\"ltr\">")
                .doesNotContain("IllegalStateException").doesNotContain("simulated failure").doesNotContain("at org.");
        assertSecurityHeaders(failed);
    }

    @Test
    void otherMethodsAreRefusedPolitely() throws Exception {
        WebHarness.Response put = browser.send("PUT", "/login");
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).contains("GET");
        assertThat(put.body()).contains("<html lang=\"en\"");
    }

    @Test
    void theDemoBannerShowsOnlyForDemonstrationOrganisations() throws Exception {
        browser.login("carl", "correct horse battery");
        WebHarness.Response demo = browser.get("/app/");
        assertThat(demo.body()).contains("id=\"demo-banner\"").contains("Signed in as Carl &lt;Caseworker&gt;");

        WebHarness.Browser other = web.browser();
        other.login("ana", "correct horse battery");
        assertThat(other.get("/app/").body()).doesNotContain("demo-banner");
    }

    @Test
    void staticAssetsAreServedWithSecurityHeaders() throws Exception {
        WebHarness.Response css = browser.get("/static/amparo.css");

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Type")).startsWith("text/css");
        assertThat(css.body()).contains("margin-inline").contains(":focus-visible").doesNotContain("margin-left");
        assertSecurityHeaders(css);
        assertThat(browser.get("/static/favicon.svg").status()).isEqualTo(200);
        assertThat(browser.get("/static/").status()).as("no directory listing").isNotEqualTo(200);
    }
}
