package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.amparo.modules.ModuleRegistry;
import org.amparo.persistence.Database;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.UserService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.condition.Condition;

/**
 * A module switch takes effect live: switching the referral module off takes away its web page and
 * menu entry, its REST endpoint and its console commands, without a restart; switching it on brings
 * them all back, with the data recorded before the switch still there. The module's parts come from
 * the test bundle distribution/itest-bundle, each component bound to the module's condition:
 * <ul>
 * <li>{@code /app/itest-referral}, a page in the navigation ({@code ReferralModulePage});</li>
 * <li>{@code /api/v1/itest-referral}, a resource in Amparo's JAX-RS application behind its
 * authentication filter ({@code ReferralResource}), recording visits in the module's own table;</li>
 * <li>{@code amparo:itest-referral-count}, a Gogo-style DS command service, and
 * {@code amparo:itest-referral-visits}, a Karaf action referencing the module's service.</li>
 * </ul>
 * That the switch is audited and refuses to break a dependency is shown by PlatformIT.k_.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleSwitchIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String USER = "switch.worker";
    private static final String ENDPOINT = "/api/v1/itest-referral";
    private static final String PAGE_LINK = "/app/itest-referral";
    private static final String REFERRAL_COUNTS = "/api/v1/referral-counts";
    private static final String COUNT_COMMAND = "amparo:itest-referral-count";
    private static final String VISITS_COMMAND = "amparo:itest-referral-visits";
    private static final long SETTLE_MS = 10_000;

    @Inject
    private BundleContext context;
    @Inject
    private SessionFactory sessionFactory;
    @Inject
    @Filter(timeout = 60_000)
    private UserService users;
    @Inject
    @Filter(timeout = 60_000)
    private OrganisationService organisations;
    @Inject
    private ModuleRegistry modules;
    @Inject
    private Database database;

    @Configuration
    public Option[] config() {
        return AmparoContainer.options();
    }

    /** Waits (at most a minute) until the REST API and the web shell answer, as PlatformIT does. */
    @Before
    public void awaitPlatform() throws InterruptedException {
        Http http = new Http(AmparoContainer.BASE);
        if (!eventually(60_000, () -> status(http, "/api/v1/health") == 200 && status(http, "/login") == 200)) {
            fail("Amparo did not become ready within a minute");
        }
    }

    @Test
    public void switchingTheReferralModuleTakesItsPagesEndpointsAndCommandsAwayAndBackKeepingItsData() throws Exception {
        // the REST application is redeployed while late resources arrive: start once it has settled
        Settled.await(context);
        Organisation org = organisations.findByCode("SWITCH")
                .orElseGet(() -> organisations.create("SWITCH", "Module switch test organisation (fictional)", "", true, "itest"));
        if (users.find(USER).isEmpty()) {
            users.create(new NewUser(USER, "Switch worker", org.id(), EnumSet.of(Role.CASEWORKER), PASSWORD.toCharArray(), "en"), "itest");
        }
        assertTrue("the referral module is on by default", modules.get("referral").enabled());
        assertTrue(conditionPresent());

        // --- module on: page, menu entry, endpoint and commands are there; record two visits
        Http web = webLogin();
        assertTrue("the referral menu entry is shown", eventually(() -> web.get("/app/").body().contains(PAGE_LINK)));
        assertEquals(200, web.get(PAGE_LINK).statusCode());

        Http anonymous = new Http(AmparoContainer.BASE);
        assertTrue("the endpoint is registered", eventually(() -> status(anonymous, ENDPOINT) != 404));
        assertEquals("it is behind Amparo's authentication filter", 401, status(anonymous, ENDPOINT));
        Http api = new Http(AmparoContainer.BASE);
        String csrf = apiLogin(api);
        assertTrue("the endpoint answers while the module is on", eventually(() -> status(api, ENDPOINT) == 200));
        assertEquals(1, visits(postVisit(api, csrf)));
        HttpResponse<String> second = postVisit(api, csrf);
        assertEquals(2, visits(second));
        assertEquals("the reply is the JSON of the signed-in user", USER, Http.jsonField(second.body(), "user"));
        assertTrue(second.headers().firstValue("Content-Type").orElse(""),
                second.headers().firstValue("Content-Type").orElse("").contains("application/json"));
        assertEquals(2, visits(api.get(ENDPOINT)));
        assertTrue("the real referral service is registered", referralServicePresent());
        assertTrue("and its endpoints answer", eventually(() -> status(api, REFERRAL_COUNTS) == 200));

        assertEquals("the command's DS service is registered", 1, commandServices());
        Console.Result count = console(COUNT_COMMAND);
        assertNull("the Gogo-style command runs: " + count, count.failure());
        assertEquals("2", count.output().strip());
        Console.Result action = console(VISITS_COMMAND);
        assertNull("the Karaf action runs: " + action, action.failure());
        assertEquals("2", action.output().strip());

        // --- module off: all of them are gone at once, and the rest of the platform is untouched
        Console.Result off = console("amparo:module-disable referral");
        assertNull(off.toString(), off.failure());
        assertFalse(modules.get("referral").enabled());
        assertFalse("the module's condition is withdrawn", conditionPresent());

        assertTrue("the menu entry is gone", eventually(() -> !web.get("/app/").body().contains(PAGE_LINK)));
        assertEquals("the page answers 404", 404, web.get(PAGE_LINK).statusCode());

        assertTrue("the endpoint answers 404", eventually(() -> status(api, ENDPOINT) == 404));
        HttpResponse<String> gone = api.get(ENDPOINT);
        assertEquals(404, gone.statusCode());
        assertTrue("still the application's own JSON error, not a bare servlet 404: " + gone.body(),
                gone.body().contains("\"error\"") && gone.headers().firstValue("Content-Type").orElse("").contains("json"));
        assertEquals("a POST finds nothing either", 404, postVisit(api, csrf).statusCode());
        assertEquals("the rest of the API and the same session still work", 200, api.get("/api/v1/me").statusCode());
        assertTrue("the real referral service goes with the module", eventually(() -> !referralServicePresent()));
        assertTrue("and so do its endpoints", eventually(() -> status(api, REFERRAL_COUNTS) == 404));
        assertEquals("and its pages", 404, web.get("/app/inbox").statusCode());

        // the command goes because its DS service goes: Karaf's shell tracks such services
        assertEquals("the command's DS service is withdrawn with the condition", 0, commandServices());
        assertTrue("the Gogo-style command is unknown", eventually(() -> console(COUNT_COMMAND).commandNotFound()));
        assertTrue("the Karaf action is unknown", eventually(() -> console(VISITS_COMMAND).commandNotFound()));
        Console.Result unknown = console(COUNT_COMMAND);
        assertTrue(unknown.toString(), unknown.output().contains("Command not found") && unknown.output().contains(COUNT_COMMAND));

        assertEquals("the module's rows stay in the database while it is off", 2, storedVisits());

        // --- module on again: everything is back without a restart, with the data kept
        Console.Result on = console("amparo:module-enable referral");
        assertNull(on.toString(), on.failure());
        assertTrue(modules.get("referral").enabled());
        assertTrue("the module's condition is back", conditionPresent());

        assertTrue("the menu entry is back", eventually(() -> web.get("/app/").body().contains(PAGE_LINK)));
        assertEquals(200, web.get(PAGE_LINK).statusCode());

        assertTrue("the endpoint answers again", eventually(() -> status(api, ENDPOINT) == 200));
        assertEquals("the visits recorded before the switch are still there", 2, visits(api.get(ENDPOINT)));
        assertTrue("the real referral service is back", eventually(this::referralServicePresent));
        assertTrue("with its endpoints", eventually(() -> status(api, REFERRAL_COUNTS) == 200));
        assertEquals("and counting goes on from them", 3, visits(postVisit(api, csrf)));

        assertEquals("the command's DS service is registered again", 1, commandServices());
        assertTrue("the Gogo-style command is back", eventually(() -> console(COUNT_COMMAND).failure() == null));
        assertEquals("3", console(COUNT_COMMAND).output().strip());
        assertTrue("the Karaf action is back", eventually(() -> console(VISITS_COMMAND).failure() == null));
        assertEquals("3", console(VISITS_COMMAND).output().strip());

        assertEquals(3, storedVisits());
        assertEquals("switching back on did not migrate (or recreate) the module's schema again", 1,
                database.history("itest_referral").size());
    }

    /**
     * The standards library and training are modules too: switched off, their pages and endpoints go
     * (training first, since it needs the library), and come back when switched on.
     */
    @Test
    public void switchingTrainingAndTheLibraryTakesTheirPagesAndEndpointsAwayAndBack() throws Exception {
        Settled.await(context);
        Organisation org = organisations.findByCode("SWITCH")
                .orElseGet(() -> organisations.create("SWITCH", "Module switch test organisation (fictional)", "", true, "itest"));
        if (users.find(USER).isEmpty()) {
            users.create(new NewUser(USER, "Switch worker", org.id(), EnumSet.of(Role.CASEWORKER), PASSWORD.toCharArray(), "en"), "itest");
        }
        Http web = webLogin();
        Http api = new Http(AmparoContainer.BASE);
        apiLogin(api);
        assertTrue("the library answers", eventually(() -> status(api, "/api/v1/library/facets") == 200));
        assertTrue("training answers", eventually(() -> status(api, "/api/v1/training/modules") == 200));
        assertEquals(200, web.get("/app/library").statusCode());
        assertEquals(200, web.get("/app/training").statusCode());

        Console.Result refused = console("amparo:module-disable standards-library");
        assertTrue("the library cannot go while training needs it: " + refused, refused.failure() != null
                || modules.get("standards-library").enabled());
        assertNull(console("amparo:module-disable training").failure());
        assertTrue("training's endpoints go", eventually(() -> status(api, "/api/v1/training/modules") == 404));
        assertTrue("and its pages", eventually(() -> web.get("/app/training").statusCode() == 404));
        assertEquals("the library stays", 200, status(api, "/api/v1/library/facets"));
        assertNull(console("amparo:module-disable standards-library").failure());
        assertTrue("the library's endpoints go", eventually(() -> status(api, "/api/v1/library/search?q=child") == 404));
        assertTrue("and its pages", eventually(() -> web.get("/app/library").statusCode() == 404));
        assertEquals("the rest of the platform is untouched", 200, api.get("/api/v1/me").statusCode());

        assertNull(console("amparo:module-enable standards-library").failure());
        assertNull(console("amparo:module-enable training").failure());
        assertTrue("the library is back", eventually(() -> status(api, "/api/v1/library/facets") == 200));
        assertTrue("training is back", eventually(() -> status(api, "/api/v1/training/modules") == 200));
        assertTrue(eventually(() -> web.get("/app/library").statusCode() == 200));
        assertTrue(eventually(() -> web.get("/app/training").statusCode() == 200));
    }

    // --- helpers ---

    private boolean referralServicePresent() {
        try {
            org.osgi.framework.ServiceReference<?>[] refs = context.getServiceReferences("org.amparo.referral.Referrals", null);
            return refs != null && refs.length == 1;
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean conditionPresent() throws Exception {
        return context.getServiceReferences(Condition.class, "(osgi.condition.id=amparo.module.referral)").size() == 1;
    }

    /** The Gogo-style command services for {@code amparo:itest-referral-count}, as Karaf's shell sees them. */
    private int commandServices() throws Exception {
        ServiceReference<?>[] found = context.getServiceReferences((String) null,
                "(&(osgi.command.scope=amparo)(osgi.command.function=itest-referral-count))");
        return found == null ? 0 : found.length;
    }

    private long storedVisits() {
        return database.inTransaction(tx -> tx.queryLong("SELECT COUNT(*) FROM itest_referral.visit"));
    }

    private static HttpResponse<String> postVisit(Http api, String csrf) {
        return api.postJson(ENDPOINT, "{}", Map.of("X-CSRF-Token", csrf));
    }

    /** The {@code visits} number of an endpoint reply, which must be a 200. */
    private static long visits(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        Matcher m = Pattern.compile("\"visits\"\\s*:\\s*(\\d+)").matcher(response.body());
        assertTrue(response.body(), m.find());
        return Long.parseLong(m.group(1));
    }

    private static int status(Http http, String path) {
        try {
            return http.get(path).statusCode();
        } catch (IllegalStateException notYet) {
            return -1;
        }
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        return eventually(SETTLE_MS, condition);
    }

    /** Polls {@code condition} every 100 ms until it holds or {@code timeoutMs} have passed. */
    private static boolean eventually(long timeoutMs, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    private Http webLogin() {
        return Http.webLogin(USER, PASSWORD);
    }

    /** Logs in through the API and returns the session's CSRF token. */
    private static String apiLogin(Http http) {
        HttpResponse<String> login = http.postJson("/api/v1/session",
                "{\"username\":\"" + USER + "\",\"password\":\"" + PASSWORD + "\"}", Map.of());
        assertEquals(login.body(), 201, login.statusCode());
        String csrf = Http.jsonField(login.body(), "csrfToken");
        assertNotNull(csrf);
        return csrf;
    }

    /** Runs a command as an administrator, in a fresh session as a new ssh log-in would get. */
    private Console.Result console(String command) {
        return Console.execute(sessionFactory, command);
    }
}
