package org.amparo.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditVerification;
import org.amparo.security.Role;
import org.amparo.security.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages over HTTP: navigation by role, pages coming and going, home, users, audit, set-up. */
class PagesTest {
    private WebHarness web;
    private WebHarness.Browser admin;

    @BeforeEach
    void start() throws Exception {
        web = new WebHarness();
        web.security.addUser("ana", "Ana Admin", 1, "correct horse battery", Role.SYSTEM_ADMIN);
        web.security.addUser("aud", "Aude Auditor", 1, "correct horse battery", Role.AUDITOR);
        web.security.addUser("carl", "Carl Caseworker", 1, "correct horse battery", Role.CASEWORKER);
        admin = web.browser();
        admin.login("ana", "correct horse battery");
    }

    @AfterEach
    void stop() throws Exception {
        web.close();
    }

    private WebHarness.Browser signedIn(String username) throws Exception {
        WebHarness.Browser browser = web.browser();
        browser.login(username, "correct horse battery");
        return browser;
    }

    @Test
    void theNavigationShowsOnlyWhatTheRolesAllowInOrder() throws Exception {
        String adminNav = admin.get("/app/").body();
        assertThat(adminNav).contains("<a href=\"/app/users\">Users</a>").contains("<a href=\"/app/audit\">Audit record</a>");
        assertThat(adminNav.indexOf("/app/\" aria-current=\"page\">Home")).isLessThan(adminNav.indexOf("/app/users\">"));
        assertThat(adminNav.indexOf("/app/users\">")).isLessThan(adminNav.indexOf("/app/audit\">"));

        WebHarness.Browser carl = signedIn("carl");
        String carlHome = carl.get("/app/").body();
        assertThat(carlHome).doesNotContain("/app/users").doesNotContain("/app/audit")
                .contains("There is nothing else you can open yet.");
        WebHarness.Response forbidden = carl.get("/app/users");
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.body()).contains("Your roles do not allow you to open this page.");
        assertThat(carl.get("/app/audit").status()).isEqualTo(403);

        WebHarness.Browser auditor = signedIn("aud");
        assertThat(auditor.get("/app/").body()).contains("/app/audit").doesNotContain("/app/users");
        assertThat(auditor.get("/app/audit").status()).isEqualTo(200);
    }

    @Test
    void aPageIsThereWhileItsServiceIsRegisteredAndGoneAfterwards() throws Exception {
        TestPage reports = new TestPage("reports", "web.home.title", 50, java.util.Set.of(), true);
        assertThat(admin.get("/app/reports").status()).isEqualTo(404);

        web.addPage(reports);
        WebHarness.Response shown = admin.get("/app/reports/sub/part?q=%3Cb%3E");
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body()).contains("reports|sub/part|&lt;b&gt;|ana|en")
                .contains("<a href=\"/app/reports\" aria-current=\"page\">");
        assertThat(admin.get("/app/").body()).as("the home page links to it").contains("<li><a href=\"/app/reports\">");

        String csrf = shown.csrf();
        WebHarness.Response posted = admin.post("/app/reports", Map.of("_csrf", csrf));
        assertThat(posted.status()).isEqualTo(303);
        assertThat(posted.header("Location")).isEqualTo("/app/reports?done=1");

        web.removePage(reports);
        assertThat(admin.get("/app/reports").status()).isEqualTo(404);
        assertThat(admin.get("/app/").body()).doesNotContain("/app/reports");
    }

    @Test
    void theHomePageWelcomesAndNamesTheRoles() throws Exception {
        String body = admin.get("/app/").body();
        assertThat(body).contains("<h1>Home</h1>").contains("Welcome, Ana Admin.").contains("<li>System administrator</li>")
                .contains("<li><a href=\"/app/users\">Users</a></li>");
    }

    @Test
    void creatingAUserShowsEveryProblemNextToItsFieldAndKeepsTheValues() throws Exception {
        String csrf = admin.get("/app/users").csrf();
        Map<String, String> form = new HashMap<>(Map.of("_csrf", csrf, "op", "create", "username", "Bad Name",
                "displayName", "Zoé <Z>", "organisation", "", "language", "fr", "password", "short", "passwordConfirm", "short"));

        WebHarness.Response invalid = admin.post("/app/users", form);

        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body())
                .contains("Please correct the 4 field(s) marked below.")
                .contains("id=\"new-username-error\">Use 3 to 64 characters")
                .contains("aria-describedby=\"new-username-error\"")
                .contains("id=\"new-organisation-error\">Choose an organisation")
                .contains("id=\"new-roles-error\">Choose at least one role.")
                .contains("id=\"new-password-error\">The password must have at least 12 characters.")
                .contains("value=\"Bad Name\"").contains("value=\"Zoé &lt;Z&gt;\"")
                .contains("<option value=\"fr\" selected>")
                .doesNotContain("value=\"short\"");
        assertThat(web.security.users).doesNotContainKey("Bad Name");

        form.putAll(Map.of("username", "zoe", "organisation", "2", "role.CASEWORKER", "on", "password", "long enough password",
                "passwordConfirm", "long enough passwerd"));
        assertThat(admin.post("/app/users", form).body())
                .contains("id=\"new-passwordConfirm-error\">The two passwords are not the same.")
                .contains("id=\"new-role-CASEWORKER\" name=\"role.CASEWORKER\" value=\"on\" checked");

        form.put("passwordConfirm", "long enough password");
        WebHarness.Response created = admin.post("/app/users", form);
        assertThat(created.status()).isEqualTo(303);
        assertThat(created.header("Location")).isEqualTo("/app/users?done=created");
        User zoe = web.security.users.get("zoe");
        assertThat(zoe.roles()).containsExactly(Role.CASEWORKER);
        assertThat(zoe.organisationId()).isEqualTo(2);
        assertThat(zoe.language()).isEqualTo("fr");
        assertThat(admin.get("/app/users?done=created").body()).contains("The account has been created.")
                .contains("<td>zoe</td>").contains("Demo NGO");

        WebHarness.Response taken = admin.post("/app/users", form);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.body()).contains("id=\"new-username-error\">This user name is already taken.");

        form.putAll(Map.of("username", "zoe2", "displayName", "reject-me"));
        WebHarness.Response refusedByService = admin.post("/app/users", form);
        assertThat(refusedByService.status()).isEqualTo(400);
        assertThat(refusedByService.body()).contains("id=\"new-displayName-error\">");
    }

    @Test
    void accountsCanBeDisabledEnabledAndUnlockedButNotOnesOwn() throws Exception {
        User carl = web.security.users.get("carl");
        web.security.replace(new User(carl.id(), carl.username(), carl.displayName(), carl.organisationId(), carl.roles(),
                true, Instant.now().plusSeconds(600), "en", carl.createdAt()));
        WebHarness.Response list = admin.get("/app/users");
        assertThat(list.body()).contains("id=\"disable-carl\"").contains("id=\"unlock-carl\"").contains("Locked until")
                .doesNotContain("id=\"disable-ana\"");
        String csrf = list.csrf();

        assertThat(admin.post("/app/users", Map.of("_csrf", csrf, "op", "unlock", "username", "carl")).header("Location"))
                .isEqualTo("/app/users?done=unlocked");
        assertThat(web.security.users.get("carl").lockedUntil()).isNull();
        admin.post("/app/users", Map.of("_csrf", csrf, "op", "disable", "username", "carl"));
        assertThat(web.security.users.get("carl").enabled()).isFalse();
        assertThat(admin.get("/app/users").body()).contains("id=\"enable-carl\"").contains("Disabled");
        admin.post("/app/users", Map.of("_csrf", csrf, "op", "enable", "username", "carl"));
        assertThat(web.security.users.get("carl").enabled()).isTrue();

        WebHarness.Response self = admin.post("/app/users", Map.of("_csrf", csrf, "op", "disable", "username", "ana"));
        assertThat(self.status()).isEqualTo(400);
        assertThat(self.body()).contains("You cannot disable your own account.");
        assertThat(web.security.users.get("ana").enabled()).isTrue();

        assertThat(admin.post("/app/users", Map.of("_csrf", csrf, "op", "enable", "username", "ghost")).status()).isEqualTo(404);
    }

    @Test
    void auditorsPageFilterAndVerifyTheRecord() throws Exception {
        for (int i = 0; i < 30; i++) {
            web.audit.record(AuditEvent.success(i % 2 == 0 ? "ana" : "carl", i % 3 == 0 ? "user.create" : "auth.login",
                    "user:x" + i, "web"));
        }
        WebHarness.Browser auditor = signedIn("aud");
        WebHarness.Response first = auditor.get("/app/audit");
        assertThat(first.body()).contains("Entries 1 to 25 of 30, newest first").contains("<td>30</td>")
                .doesNotContain("<td>5</td>").contains("id=\"audit-next\"").contains("id=\"audit-actor\"")
                .contains("<label for=\"audit-actor\">");
        String csrf = first.csrf();

        WebHarness.Response second = auditor.post("/app/audit", Map.of("_csrf", csrf, "op", "filter", "page", "2"));
        assertThat(second.body()).contains("Entries 26 to 30 of 30").contains("<td>5</td>").contains("id=\"audit-previous\"");

        WebHarness.Response filtered = auditor.post("/app/audit",
                Map.of("_csrf", csrf, "op", "filter", "actor", "carl", "action", "user.", "page", "1"));
        assertThat(filtered.body()).contains("of 5,").contains("value=\"carl\"").doesNotContain("<td>ana</td>");

        WebHarness.Response verified = auditor.post("/app/audit", Map.of("_csrf", csrf, "op", "verify"));
        assertThat(verified.body()).contains("id=\"audit-verify-result\"")
                .contains("The audit record is intact: 30 entries were checked");
        assertThat(web.audit.entries.get(web.audit.entries.size() - 1).action()).isEqualTo("audit.verify");

        web.audit.verification = AuditVerification.broken(31, 17, "audit.verify.altered");
        auditor.post("/lang", Map.of("_csrf", csrf, "lang", "ar", "return", "/app/audit"));
        WebHarness.Response broken = auditor.post("/app/audit", Map.of("_csrf", csrf, "op", "verify"));
        assertThat(broken.body()).contains("<html lang=\"ar\" dir=\"rtl\">").contains("تم العبث بسجل التدقيق")
                .contains("17").contains("تم تعديل القيد.").contains("class=\"error\" role=\"alert\"");
        assertThat(web.audit.entries.get(web.audit.entries.size() - 1).outcome().name()).isEqualTo("FAILURE");
    }

    @Test
    void setUpIsOnlyThereWhileNoAccountExists() throws Exception {
        WebHarness.Browser visitor = web.browser();
        assertThat(visitor.get("/setup").status()).isEqualTo(404);

        web.security.users.clear();
        WebHarness.Response form = visitor.get("/setup");
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"setup-secret\"").contains("one-time set-up secret");
        Map<String, String> fields = new HashMap<>(Map.of("_csrf", form.csrf(), "secret", "guess", "organisation", "Ministry",
                "username", "root", "displayName", "Root Admin", "password", "a very long password", "passwordConfirm",
                "a very long password"));

        WebHarness.Response wrongSecret = visitor.post("/setup", fields);
        assertThat(wrongSecret.status()).isEqualTo(403);
        assertThat(wrongSecret.body()).contains("The set-up secret is wrong or has already been used.")
                .contains("value=\"Ministry\"");
        assertThat(web.security.users).isEmpty();

        fields.put("secret", FakeSecurity.SETUP_SECRET);
        WebHarness.Response done = visitor.post("/setup", fields);
        assertThat(done.status()).isEqualTo(303);
        assertThat(done.header("Location")).isEqualTo("/login?m=setupDone");
        assertThat(web.security.users.get("root").roles()).containsExactly(Role.SYSTEM_ADMIN);
        assertThat(visitor.get("/setup").status()).isEqualTo(404);
        assertThat(visitor.get("/login?m=setupDone").body()).contains("The first administrator account has been created.");
    }
}
