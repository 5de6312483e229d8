package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivilegedExceptionAction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.sql.DataSource;

import org.amparo.audit.AuditEntry;
import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.audit.AuditQuery;
import org.amparo.audit.AuditVerification;
import org.amparo.persistence.Database;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.SetupService;
import org.amparo.security.UserService;
import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
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
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * The platform foundation, tested inside the distribution as shipped: production start without
 * accounts, bundles and components, migrations, the JAAS realm shared with the console, the
 * tamper-evident audit chain, the web shell and REST API over HTTP, and contributed pages.
 * Methods run in name order because the first one needs a container where nobody has acted yet.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class PlatformIT {
    private static final String PASSWORD = "correct horse battery";

    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private ServiceComponentRuntime scr;
    @Inject
    private SessionFactory sessionFactory;
    @Inject
    @Filter(timeout = 60_000)
    private UserService users;
    @Inject
    @Filter(timeout = 60_000)
    private OrganisationService organisations;
    @Inject
    private SetupService setup;
    @Inject
    private AuditLog audit;
    @Inject
    private Database database;
    @Inject
    private org.amparo.modules.ModuleRegistry modules;
    @Inject
    @Filter("(dataSourceName=amparo)")
    private DataSource dataSource;

    @Configuration
    public Option[] config() {
        return AmparoContainer.options();
    }

    /**
     * Pax Exam starts testing once the injected services exist, which can be before the boot
     * features have finished starting the web and REST bundles: wait until the platform answers as
     * it would to a user (at most a minute).
     */
    @Before
    public void awaitPlatform() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        Http http = new Http(AmparoContainer.BASE);
        while (System.currentTimeMillis() < deadline) {
            boolean bundlesActive = Arrays.stream(context.getBundles())
                    .filter(b -> b.getSymbolicName().startsWith("org.amparo."))
                    .allMatch(b -> b.getState() == Bundle.ACTIVE);
            if (bundlesActive && answers(http, "/api/v1/health") && answers(http, "/login")
                    && (!setup.setupRequired() || answers(http, "/setup"))) {
                return;
            }
            Thread.sleep(200);
        }
        fail("Amparo did not become ready within a minute");
    }

    private static boolean answers(Http http, String path) {
        try {
            return http.get(path).statusCode() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    @Test
    public void a_productionStartCreatesNoAccountAndLogsOneSetupSecret() throws Exception {
        assertEquals("a production start must not create any account", 0, users.count());
        assertTrue(setup.setupRequired());
        Path log = Path.of(System.getProperty("karaf.data"), "log", "karaf.log");
        List<String> secretLines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                .filter(line -> line.contains("WARN") && line.contains("SetupServiceImpl")).collect(Collectors.toList());
        assertEquals("the one-time set-up secret is printed once: " + secretLines, 1, secretLines.size());
        java.util.regex.Matcher code = java.util.regex.Pattern.compile("code: ([A-Z2-7]{4}(-[A-Z2-7]{4})+)").matcher(secretLines.get(0));
        assertTrue(secretLines.get(0), code.find());

        Http http = new Http(AmparoContainer.BASE);
        HttpResponse<String> page = http.get("/setup");
        assertEquals(200, page.statusCode());
        Map<String, String> form = new java.util.HashMap<>(Map.of("_csrf", Http.hiddenField(page.body(), "_csrf"),
                "secret", "AAAA-BBBB-CCCC-DDDD", "organisation", "Ministry of Testing (fictional)", "username", "first.admin",
                "displayName", "First administrator", "password", PASSWORD, "passwordConfirm", PASSWORD));
        assertEquals("a wrong secret is refused", 403, http.postForm("/setup", form).statusCode());
        assertEquals(0, users.count());
        form.put("secret", code.group(1));
        HttpResponse<String> done = http.postForm("/setup", form);
        assertEquals(done.body(), 303, done.statusCode());
        assertTrue(users.find("first.admin").orElseThrow().hasRole(Role.SYSTEM_ADMIN));
        assertFalse(setup.setupRequired());
        assertEquals("the secret works once: the set-up page is gone", 404, http.get("/setup").statusCode());
        assertFalse(audit.page(new AuditQuery(null, "setup.firstAdmin", 0, 10)).isEmpty());
        assertFalse(audit.page(new AuditQuery(null, "setup.secretRejected", 0, 10)).isEmpty());
    }

    @Test
    public void b_everyAmparoBundleIsActiveAndEveryComponentSatisfied() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("amparo")));
        Set<String> expected = new HashSet<>(Arrays.asList("org.amparo.common", "org.amparo.i18n", "org.amparo.persistence",
                "org.amparo.audit", "org.amparo.security", "org.amparo.web.api", "org.amparo.web", "org.amparo.rest",
                "org.amparo.shell", "org.amparo.modules"));
        Set<String> active = new HashSet<>();
        for (Bundle bundle : context.getBundles()) {
            if (bundle.getSymbolicName().startsWith("org.amparo.")) {
                assertEquals(bundle.getSymbolicName() + " is active", Bundle.ACTIVE, bundle.getState());
                active.add(bundle.getSymbolicName());
            }
        }
        assertTrue("missing: " + expected + " vs " + active, active.containsAll(expected));
        for (ComponentDescriptionDTO description : scr.getComponentDescriptionDTOs()) {
            if (!description.bundle.symbolicName.startsWith("org.amparo.")) {
                continue;
            }
            for (ComponentConfigurationDTO configuration : scr.getComponentConfigurationDTOs(description)) {
                assertTrue(description.name + " is satisfied (state " + configuration.state + ")",
                        configuration.state == ComponentConfigurationDTO.ACTIVE
                                || configuration.state == ComponentConfigurationDTO.SATISFIED);
            }
        }
    }

    @Test
    public void c_eachBundleMigratedItsOwnSchemaOnce() {
        assertFalse(database.history("security").isEmpty());
        assertFalse(database.history("audit").isEmpty());
        assertEquals("migrations already applied are not applied again", 0, database.migrate("audit", AuditLog.class));
        assertTrue(database.product().startsWith("Apache Derby"));
    }

    @Test
    public void d_theSameAccountsLogIntoTheConsoleRealmAndLockOut() throws Exception {
        Organisation org = organisation();
        users.create(new NewUser("it.admin", "IT admin", org.id(), EnumSet.of(Role.SYSTEM_ADMIN), PASSWORD.toCharArray(), "en"), "itest");
        users.create(new NewUser("it.worker", "IT worker", org.id(), EnumSet.of(Role.CASEWORKER), PASSWORD.toCharArray(), "en"), "itest");
        users.create(new NewUser("it.locked", "IT locked", org.id(), EnumSet.of(Role.CASEWORKER), PASSWORD.toCharArray(), "en"), "itest");

        Subject admin = jaasLogin("it.admin", PASSWORD);
        Set<String> adminPrincipals = admin.getPrincipals().stream().map(p -> p.getName()).collect(Collectors.toSet());
        assertTrue(adminPrincipals.toString(), adminPrincipals.containsAll(Set.of("it.admin", "admin", "ssh")));
        assertTrue(admin.getPrincipals(UserPrincipal.class).stream().anyMatch(p -> p.getName().equals("it.admin")));

        Subject worker = jaasLogin("it.worker", PASSWORD);
        assertFalse("a caseworker gets no console admin role",
                worker.getPrincipals(RolePrincipal.class).stream().anyMatch(p -> p.getName().equals("admin")));

        for (int i = 0; i < 5; i++) {
            assertLoginFails("it.locked", "wrong password " + i);
        }
        assertLoginFails("it.locked", PASSWORD);
        assertTrue(users.find("it.locked").orElseThrow().isLocked(Instant.now()));
        assertFalse(audit.page(new AuditQuery(null, "auth.lockout", 0, 10)).isEmpty());
        assertFalse(audit.page(new AuditQuery(null, "auth.login", 0, 50)).isEmpty());
    }

    @Test
    public void e_theAuditChainRevealsEditedAndDeletedRows() throws Exception {
        AuditEntry first = audit.record(AuditEvent.success("itest", "itest.first", "case:1", ""));
        AuditEntry second = audit.record(AuditEvent.success("itest", "itest.second", "case:2", ""));
        audit.record(AuditEvent.success("itest", "itest.third", "case:3", ""));
        assertTrue(audit.verify().intact());
        long entries = audit.count(new AuditQuery(null, null, 0, 1));
        String intact = console("amparo:audit-verify");
        assertTrue(intact, intact.contains(String.valueOf(entries)));

        sql("UPDATE audit.entry SET actor = ? WHERE seq = ?", "mallory", second.sequence());
        AuditVerification edited = audit.verify();
        assertFalse(edited.intact());
        assertEquals(second.sequence(), edited.firstBroken());
        assertEquals("audit.verify.altered", edited.problem());
        String report = console("amparo:audit-verify");
        assertTrue(report, report.contains(String.valueOf(second.sequence())));

        sql("UPDATE audit.entry SET actor = ? WHERE seq = ?", "itest", second.sequence());
        assertTrue("restoring the row restores the chain", audit.verify().intact());

        sql("DELETE FROM audit.entry WHERE seq = ?", first.sequence());
        AuditVerification deleted = audit.verify();
        assertFalse(deleted.intact());
        assertEquals(first.sequence(), deleted.firstBroken());
        assertEquals("audit.verify.missing", deleted.problem());
        report = console("amparo:audit-verify");
        assertTrue(report, report.contains(String.valueOf(first.sequence())));
    }

    @Test
    public void f_restApiAnswersWithJsonErrorsNeverStackTraces() {
        Http http = new Http(AmparoContainer.BASE);
        HttpResponse<String> health = http.get("/api/v1/health");
        assertEquals(health.body(), 200, health.statusCode());
        assertTrue(health.body().contains("UP"));
        HttpResponse<String> openapi = http.get("/api/v1/openapi.json");
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("\"openapi\""));
        assertTrue(openapi.body().contains("/health"));

        assertJsonError(http.postJson("/api/v1/session", "{\"username\": ", Map.of()), 400);
        HttpResponse<String> wrong = http.postJson("/api/v1/session", "{\"username\":\"it.admin\",\"password\":\"nope nope nope\"}", Map.of());
        HttpResponse<String> unknown = http.postJson("/api/v1/session", "{\"username\":\"nobody.here\",\"password\":\"nope nope nope\"}", Map.of());
        assertJsonError(wrong, 401);
        assertJsonError(unknown, 401);
        assertEquals("unknown user and wrong password look the same", Http.jsonField(wrong.body(), "code"), Http.jsonField(unknown.body(), "code"));
        assertJsonError(http.postBytes("/api/v1/session", "application/json", new byte[2 * 1024 * 1024]), 413);
        assertJsonError(http.get("/api/v1/me"), 401);
        assertJsonError(http.get("/api/v1/no-such-thing"), 404);

        HttpResponse<String> french = new Http(AmparoContainer.BASE).language("fr").get("/api/v1/me");
        assertJsonError(french, 401);
        String english = Http.jsonField(http.get("/api/v1/me").body(), "message");
        assertFalse("errors come in the user's language", english.equals(Http.jsonField(french.body(), "message")));

        HttpResponse<String> login = http.postJson("/api/v1/session", "{\"username\":\"it.admin\",\"password\":\"" + PASSWORD + "\"}", Map.of());
        assertEquals(login.body(), 201, login.statusCode());
        String csrf = Http.jsonField(login.body(), "csrfToken");
        assertNotNull(csrf);
        assertTrue(Http.setCookieHeaders(login).stream().anyMatch(c -> c.startsWith("AMPARO_SESSION=") && c.contains("HttpOnly")
                && c.contains("Secure") && c.contains("SameSite=Strict")));
        assertEquals(200, http.get("/api/v1/me").statusCode());
        assertJsonError(http.delete("/api/v1/session", Map.of("X-CSRF-Token", "forged")), 403);
        assertFalse("a forged CSRF token is audited", audit.page(new AuditQuery(null, "api.csrfRejected", 0, 10)).isEmpty());
        assertEquals(204, http.delete("/api/v1/session", Map.of("X-CSRF-Token", csrf)).statusCode());
        assertFalse(audit.page(new AuditQuery("it.admin", "auth.logout", 0, 10)).isEmpty());
        assertJsonError(http.get("/api/v1/me"), 401);
    }

    @Test
    public void g_webShellLogsInChecksCsrfSwitchesLanguageAndExpiresSessions() throws Exception {
        Http http = new Http(AmparoContainer.BASE);
        HttpResponse<String> form = http.get("/login");
        assertEquals(200, form.statusCode());
        assertTrue(form.body().contains("lang=\"en\"") && form.body().contains("dir=\"ltr\""));
        String csrf = Http.hiddenField(form.body(), "_csrf");
        assertNotNull("the log-in form carries a CSRF token", csrf);

        HttpResponse<String> forged = http.postForm("/login", Map.of("_csrf", "forged", "username", "it.admin", "password", PASSWORD));
        assertEquals(403, forged.statusCode());
        assertTrue(forged.body().contains("lang=\"en\""));
        assertFalse(audit.page(new AuditQuery(null, "web.csrfRejected", 0, 10)).isEmpty());
        HttpResponse<String> bad = http.postForm("/login", Map.of("_csrf", csrf, "username", "it.admin", "password", "not the password"));
        assertEquals(401, bad.statusCode());
        assertTrue(bad.body().contains("class=\"error\""));
        assertNoStackTrace(bad);

        HttpResponse<String> ok = http.postForm("/login", Map.of("_csrf", csrf, "username", "it.admin", "password", PASSWORD));
        assertEquals(ok.body(), 303, ok.statusCode());
        HttpResponse<String> home = http.get("/app/");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("id=\"main-nav\""));
        String sessionCsrf = Http.hiddenField(home.body(), "_csrf");

        HttpResponse<String> switched = http.postForm("/lang", Map.of("_csrf", sessionCsrf, "lang", "ar"));
        assertTrue(switched.statusCode() == 303 || switched.statusCode() == 200);
        HttpResponse<String> arabic = http.get("/app/");
        assertTrue(arabic.body().contains("lang=\"ar\"") && arabic.body().contains("dir=\"rtl\""));

        // an idle session ends: age it in the database, as if 31 minutes had passed
        sql("UPDATE security.session SET last_seen_at = ?", Timestamp.from(Instant.now().minusSeconds(31 * 60)));
        HttpResponse<String> expired = http.get("/app/");
        assertEquals(expired.body(), 303, expired.statusCode());
        String location = expired.headers().firstValue("Location").orElse("");
        assertTrue(location, location.contains("/login"));
        assertTrue(location, location.contains("expired"));

        HttpResponse<String> root = new Http(AmparoContainer.BASE).get("/");
        assertEquals(303, root.statusCode());
        assertTrue(root.headers().firstValue("Location").orElse("").contains("/login"));
        HttpResponse<String> nowhere = new Http(AmparoContainer.BASE).language("ar").get("/nowhere");
        assertEquals(404, nowhere.statusCode());
        assertTrue("the 404 page is HTML in the layout, in Arabic", nowhere.body().contains("dir=\"rtl\""));

        HttpResponse<String> missing = http.get("/app/definitely-not-a-page");
        assertTrue(missing.statusCode() == 303 || missing.statusCode() == 404);
        assertNoStackTrace(missing);
    }

    @Test
    public void h_aPageContributedByAnotherBundleAppearsAndDisappearsWithItsComponent() throws Exception {
        // the page comes from the test bundle distribution/itest-bundle, as a country or module bundle would add one
        Http http = webLogin("it.admin");
        assertTrue(http.get("/app/").body().contains("/app/itest-referral"));
        ComponentDescriptionDTO page = component("org.amparo.itest.bundle.ReferralModulePage");
        scr.disableComponent(page).getValue();
        try {
            assertFalse("gone from the navigation", http.get("/app/").body().contains("/app/itest-referral"));
            assertEquals(404, http.get("/app/itest-referral").statusCode());
        } finally {
            scr.enableComponent(page).getValue();
        }
        assertTrue("back in the navigation", http.get("/app/").body().contains("/app/itest-referral"));
        HttpResponse<String> shown = http.get("/app/itest-referral");
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("referral-module-marker"));
    }

    @Test
    public void i_consoleCommandsManageUsersAndAreAudited() throws Exception {
        String list = console("amparo:user-list");
        assertTrue(list, list.contains("it.admin") && list.contains("it.worker"));
        console("amparo:user-disable it.worker");
        assertFalse(users.find("it.worker").orElseThrow().enabled());
        List<AuditEntry> disabled = audit.page(new AuditQuery(null, "user.disable", 0, 10));
        assertEquals(1, disabled.size());
        assertEquals("itest-console", disabled.get(0).actor());
        assertLoginFails("it.worker", PASSWORD);
        console("amparo:user-enable it.worker");
        assertNotNull(jaasLogin("it.worker", PASSWORD));
        String orgs = console("amparo:org-list");
        assertTrue(orgs, orgs.contains("ITEST"));
    }

    @Test
    public void j_installingAndRemovingAFeatureAtRunTimeTouchesNoInstalledBundle() throws Exception {
        Map<Long, String> before = bundleStates();
        // a refresh stops, unresolves, resolves and starts a bundle again: any such event on a bundle
        // that was there before is a failure (its state and last-modified time alone would not show it)
        List<String> disturbed = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        org.osgi.framework.BundleListener listener = event -> {
            seen.add(event.getBundle().getSymbolicName() + " event " + event.getType());
            if (before.containsKey(event.getBundle().getBundleId())) {
                disturbed.add(event.getBundle().getSymbolicName() + " event " + event.getType());
            }
        };
        context.addBundleListener(listener);
        features.installFeature("pax-jdbc-postgresql");
        try {
            Map<Long, String> during = bundleStates();
            assertTrue("the feature added bundles", during.size() > before.size());
            for (Map.Entry<Long, String> bundle : before.entrySet()) {
                assertEquals("bundle " + bundle.getKey() + " was not refreshed, restarted or rewired",
                        bundle.getValue(), during.get(bundle.getKey()));
            }
        } finally {
            features.uninstallFeature("pax-jdbc-postgresql");
            context.removeBundleListener(listener);
        }
        assertFalse("the listener saw the feature's own bundles come and go", seen.isEmpty());
        assertTrue("no bundle present before was stopped, refreshed or updated: " + disturbed, disturbed.isEmpty());
        Map<Long, String> after = bundleStates();
        assertEquals("removing the feature took away exactly its bundles", before.keySet(), after.keySet());
        before.forEach((id, state) -> assertEquals("bundle " + id, state, after.get(id)));
        assertEquals(200, new Http(AmparoContainer.BASE).get("/api/v1/health").statusCode());
    }

    @Test
    public void k_modulesSwitchLiveFromTheConsoleAreAuditedAndRefuseToBreakADependency() throws Exception {
        String list = console("amparo:module-list");
        assertTrue(list, list.contains("training") && list.contains("standards-library") && list.contains("Child protection"));
        assertTrue(conditionPresent("training"));

        String refused = console("amparo:module-disable standards-library");
        assertTrue("switching off what an enabled module needs is refused, naming it: " + refused,
                refused.contains("training") && !refused.contains("Exception"));
        assertTrue(modules.get("standards-library").enabled());
        assertTrue(conditionPresent("standards-library"));
        assertEquals(1, audit.page(new AuditQuery("itest-console", "module.disable", 0, 10)).stream()
                .filter(e -> e.outcome() == org.amparo.audit.AuditOutcome.DENIED).count());

        String off = console("amparo:module-disable training");
        assertTrue(off, off.contains("training"));
        assertFalse("the module's condition is withdrawn at once", conditionPresent("training"));
        assertFalse(modules.get("training").enabled());
        console("amparo:module-enable training");
        assertTrue("and returns at once", conditionPresent("training"));
        assertEquals(2, audit.page(new AuditQuery("itest-console", "module.", 0, 10)).stream()
                .filter(e -> e.outcome() == org.amparo.audit.AuditOutcome.SUCCESS).count());

        // a restart of the registry (as at a platform restart) keeps the switch
        console("amparo:module-disable child-protection");
        restartComponent("org.amparo.modules.internal.ModuleRegistryImpl");
        assertFalse(conditionPresent("child-protection"));
        assertTrue(conditionPresent("referral"));
        console("amparo:module-enable child-protection");
        assertTrue(conditionPresent("child-protection"));
    }

    @Test
    public void l_aModulesPagesDisappearAndReturnWithTheSwitch() throws Exception {
        Http http = webLogin("it.admin");
        assertTrue("the referral module is on: its page is in the navigation", http.get("/app/").body().contains("/app/itest-referral"));
        assertEquals(200, http.get("/app/itest-referral").statusCode());

        console("amparo:module-disable referral");
        assertFalse(http.get("/app/").body().contains("/app/itest-referral"));
        assertEquals("its address answers 404 while the module is off", 404, http.get("/app/itest-referral").statusCode());

        console("amparo:module-enable referral");
        assertTrue("back without a restart", http.get("/app/").body().contains("/app/itest-referral"));
        HttpResponse<String> page = http.get("/app/itest-referral");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("referral-module-marker"));
    }

    private boolean conditionPresent(String module) throws Exception {
        return context.getServiceReferences(org.osgi.service.condition.Condition.class,
                "(osgi.condition.id=amparo.module." + module + ")").size() == 1;
    }

    private ComponentDescriptionDTO component(String name) {
        return scr.getComponentDescriptionDTOs().stream().filter(d -> d.name.equals(name)).findFirst().orElseThrow();
    }

    /** Deactivates and reactivates a component, as a restart of the platform would, and waits for it. */
    private void restartComponent(String name) throws Exception {
        ComponentDescriptionDTO description = component(name);
        scr.disableComponent(description).getValue();
        assertFalse("its conditions go with it", conditionPresent("referral"));
        scr.enableComponent(description).getValue();
        long deadline = System.currentTimeMillis() + 10_000;
        while (!conditionPresent("referral") && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
    }

    /** Each bundle's id, symbolic name, state and last-modified time (changed by an update or a refresh). */
    private Map<Long, String> bundleStates() {
        Map<Long, String> states = new java.util.TreeMap<>();
        for (Bundle bundle : context.getBundles()) {
            states.put(bundle.getBundleId(), bundle.getSymbolicName() + " state=" + bundle.getState()
                    + " modified=" + bundle.getLastModified());
        }
        return states;
    }

    // --- helpers ---

    private Organisation organisation() {
        return organisations.findByCode("ITEST")
                .orElseGet(() -> organisations.create("ITEST", "Integration test organisation (fictional)", "", true, "itest"));
    }

    private Http webLogin(String username) {
        return Http.webLogin(username, PASSWORD);
    }

    private static Subject jaasLogin(String username, String password) throws LoginException {
        Subject subject = new Subject();
        LoginContext login = new LoginContext("karaf", subject, callbacks -> {
            for (var callback : callbacks) {
                if (callback instanceof NameCallback name) {
                    name.setName(username);
                } else if (callback instanceof PasswordCallback pw) {
                    pw.setPassword(password.toCharArray());
                }
            }
        });
        login.login();
        return subject;
    }

    private static void assertLoginFails(String username, String password) {
        try {
            jaasLogin(username, password);
            fail("log-in of " + username + " should have failed");
        } catch (LoginException expected) {
            // refused, as it should be
        }
    }

    private static void assertJsonError(HttpResponse<String> response, int status) {
        assertEquals(response.body(), status, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse(""), response.headers().firstValue("Content-Type").orElse("").contains("json"));
        assertTrue(response.body(), response.body().contains("\"error\"") && response.body().contains("\"message\""));
        assertNoStackTrace(response);
    }

    private static void assertNoStackTrace(HttpResponse<String> response) {
        assertFalse(response.body(), response.body().contains("Exception") || response.body().contains("\tat org.")
                || response.body().contains("at java."));
    }

    private void sql(String statement, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement ps = connection.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setObject(i + 1, parameters[i]);
            }
            ps.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private String console(String command) throws Exception {
        return Console.run(sessionFactory, command);
    }
}
