package org.amparo.itest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.inject.Inject;

import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.PackState;
import org.amparo.countries.PackStatus;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.security.NewUser;
import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Role;
import org.amparo.security.UserService;
import org.apache.karaf.features.FeaturesService;
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
import org.osgi.framework.BundleListener;
import org.osgi.framework.wiring.BundleWiring;

/**
 * Country packs in the distribution as shipped: Morocco installed as a feature, the fictional pack
 * XA installed, updated and removed as a bundle, and one malformed pack per kind of fault. Around
 * every install, update and removal, no bundle that was there before may be refreshed, restarted,
 * rewired or updated.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
@FixMethodOrder(MethodSorters.NAME_ASCENDING)
public class CountryPackIT {
    private static final String PASSWORD = "correct horse battery";
    private static final String COUNTRY = "amparo/country/country.json";
    private static final String LAWS = "amparo/country/laws.json";
    private static final String PATHWAYS = "amparo/country/pathways.json";
    private static final String SCREENING = "amparo/country/screening.json";
    private static final String DIVISIONS = "amparo/country/divisions.csv";
    private static final String TEXTS = "OSGI-INF/amparo/l10n/country-xa.properties";

    @Inject
    private BundleContext context;
    @Inject
    private FeaturesService features;
    @Inject
    private SessionFactory sessionFactory;
    @Inject
    private org.osgi.service.cm.ConfigurationAdmin configurations;
    @Inject
    @Filter(timeout = 60_000)
    private CountryPacks packs;
    @Inject
    @Filter(timeout = 60_000)
    private UserService users;
    @Inject
    @Filter(timeout = 60_000)
    private org.amparo.catalog.Catalog catalog;
    @Inject
    @Filter(timeout = 60_000)
    private OrganisationService organisations;

    @Configuration
    public Option[] config() {
        return AmparoContainer.options();
    }

    @Before
    public void awaitPlatformAndAUser() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline && !answers("/login")) {
            Thread.sleep(200);
        }
        // bundles of a later start level (85) still starting would look like bundles disturbed by a pack
        Settled.await(context);
        if (users.find("cp.admin").isEmpty()) {
            Organisation org = organisations.findByCode("CPIT")
                    .orElseGet(() -> organisations.create("CPIT", "Country pack test organisation (fictional)", "", true, "itest"));
            users.create(new NewUser("cp.admin", "CP admin", org.id(), EnumSet.of(Role.SYSTEM_ADMIN), PASSWORD.toCharArray(), "en"), "itest");
        }
    }

    @Test
    public void a_moroccoInstallsAsAFeatureAndLeavesWithoutTouchingAnyOtherBundle() throws Exception {
        Watch watch = new Watch();
        features.installFeature("amparo-country-ma");
        await("MA", PackState.ACTIVE);
        PackStatus ma = awaitThat("MA", s -> s.catalogSeed() != null && s.translations().size() == 2);
        assertEquals(List.of("ar", "fr"), ma.translations());
        assertEquals("the only active pack is the country this installation serves", "MA",
                packs.operatingCountry().orElseThrow().code());
        assertNotNull("the catalogue seed was checked", ma.catalogSeed());
        assertTrue(ma.catalogSeed().problems().toString(), ma.catalogSeed().valid());
        long deadline = System.currentTimeMillis() + 60_000;
        while (catalog.imports().stream().noneMatch(run -> run.source().contains("org.amparo.country.ma.catalog"))
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertTrue("the seed was imported into the service catalogue: " + catalog.imports(),
                catalog.imports().stream().anyMatch(run -> run.source().contains("org.amparo.country.ma.catalog")));
        watch.assertNothingDisturbed();

        String list = console("amparo:country-list");
        assertTrue(list, list.contains("MA") && list.contains("Morocco") && list.contains("active") && list.contains("ar, fr"));
        String info = console("amparo:country-info MA");
        assertTrue(info, info.contains("Loi n° 27-14") && info.contains("NOT VERIFIED") && info.contains("org.amparo.country.ma.catalog"));
        Http http = webLogin();
        String page = http.get("/app/country").body();
        assertTrue("the UI shows the pack's content", page.contains("Loi n° 27-14"));

        features.uninstallFeature("amparo-country-ma");
        await("MA", PackState.REMOVED);
        watch.assertNothingDisturbed();
        assertFalse("its content left the UI", http.get("/app/country").body().contains("Loi n° 27-14"));
        assertTrue(console("amparo:country-list").contains("removed"));
    }

    @Test
    public void b_aPackIsUpdatedAndRemovedAtRunTimeAndWhatRecordsUsedStaysReadable() throws Exception {
        Watch watch = new Watch();
        Bundle bundle = install("itest:country-xa", PackJars.xa("1.0.0"));
        try {
            updateAndRemove(bundle, watch);
        } finally {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        }
    }

    private void updateAndRemove(Bundle bundle, Watch watch) throws Exception {
        PackStatus first = await("XA", PackState.ACTIVE);
        String revision1 = first.revision();
        assertEquals(5, first.contents().divisions());
        assertEquals("Sandmere (fictional)", packs.division("XA", "XA-S-1").orElseThrow().name());
        Http http = webLogin();
        assertTrue(http.get("/app/country?country=XA&q=sandmere").body().contains("Sandmere (fictional)"));

        bundle.update(new ByteArrayInputStream(PackJars.xa("1.1.0", "XA", Map.of(
                DIVISIONS, List.<String[]>of(new String[] {"XA-S-1,XA-S,2,Sandmere (fictional),S1,\n", ""}),
                TEXTS, List.<String[]>of(new String[] {"under threat? (fictional)", "under threat or coercion? (fictional)"})))));
        PackStatus second = awaitRevisionOtherThan("XA", revision1);
        assertEquals("1.1.0", second.version());
        assertEquals(4, second.contents().divisions());
        Division dropped = packs.division("XA", "XA-S-1").orElseThrow();
        assertTrue("dropped by the update, but kept for records", dropped.withdrawn());
        assertEquals("Sandmere (fictional)", dropped.name());
        assertFalse(http.get("/app/country?country=XA&q=sandmere").body().contains("Sandmere (fictional)"));
        QuestionSnapshot asUsed = packs.question("XA", revision1, "xa-threat").orElseThrow();
        assertEquals("Was the person made to commit an offence under threat? (fictional)",
                asUsed.text("en", asUsed.question().textKey()).orElseThrow());

        bundle.uninstall();
        await("XA", PackState.REMOVED);
        watch.assertNothingDisturbed();
        Division kept = packs.division("XA", "XA-N-1").orElseThrow();
        assertTrue(kept.withdrawn());
        assertEquals(List.of("Northern Region (fictional)"), kept.path());
        QuestionSnapshot later = packs.question("XA", second.revision(), "xa-threat").orElseThrow();
        assertEquals("Was the person made to commit an offence under threat or coercion? (fictional)",
                later.text("en", later.question().textKey()).orElseThrow());
        assertEquals("La personne a-t-elle été contrainte de commettre une infraction sous la menace ? (fictif)",
                later.text("fr", later.question().textKey()).orElseThrow());
        assertFalse(http.get("/app/country").body().contains("Exampleland"));
    }

    @Test
    public void c1_aMissingFieldIsRefusedWithFileLineAndField() throws Exception {
        assertRefused(PackJars.edit(LAWS, "      \"dateKind\": \"promulgated\",\n", ""),
                "amparo/country/laws.json:4 /laws/0/dateKind: required field is missing");
    }

    @Test
    public void c2_aBadDateIsRefused() throws Exception {
        assertRefused(PackJars.edit(LAWS, "\"2023-05-04\"", "\"2023-02-30\""),
                "amparo/country/laws.json:9 /laws/0/date: \"2023-02-30\" is not a date in the form YYYY-MM-DD");
    }

    @Test
    public void c3_anUnknownLanguageCodeIsRefused() throws Exception {
        assertRefused(PackJars.edit(COUNTRY, "\"tag\": \"fr\"", "\"tag\": \"qq\""),
                "amparo/country/country.json:13 /languages/1/tag: \"qq\" is not a known language code");
    }

    @Test
    public void c4_aDuplicateIdIsRefused() throws Exception {
        assertRefused(PackJars.edit(SCREENING, "\"id\": \"xa-permit\"", "\"id\": \"xa-threat\""),
                "amparo/country/screening.json:14 /questions/1/id: duplicate id \"xa-threat\" (first used on line 4)");
    }

    @Test
    public void c5_aBrokenReferenceIsRefused() throws Exception {
        assertRefused(PackJars.edit(PATHWAYS, "law-1#reflection", "law-1#residence"),
                "amparo/country/pathways.json:22 /pathways/0/steps/1/basis/0: \"law-1#residence\" refers to nothing");
    }

    @Test
    public void c6_aSecondPackForTheSameCountryIsRefused() throws Exception {
        Bundle first = install("itest:country-xa-first", PackJars.xa("1.0.0"));
        try {
            await("XA", PackState.ACTIVE);
            features.installFeature("amparo-country-ma");
            await("MA", PackState.ACTIVE);
            assertTrue("with two packs and none configured, no country is chosen", packs.operatingCountry().isEmpty());
            org.osgi.service.cm.Configuration config = configurations.getConfiguration("org.amparo.countries", null);
            config.update(new java.util.Hashtable<>(Map.of("country", "XA")));
            awaitTrue(() -> packs.operatingCountry().map(c -> c.code().equals("XA")).orElse(false));
            config.delete();
            awaitTrue(() -> packs.operatingCountry().isEmpty());
            Bundle second = install("itest:country-xa-second", PackJars.xa("2.0.0"));
            try {
                awaitBundle(second.getBundleId(), PackState.REFUSED);
                String info = console("amparo:country-info " + second.getBundleId());
                assertTrue(info, info.contains("Provide-Capability: country XA is already provided by bundle"));
                assertEquals(PackState.ACTIVE, packs.status("XA").orElseThrow().state());
            } finally {
                second.uninstall();
            }
        } finally {
            first.uninstall();
            await("XA", PackState.REMOVED);
        }
    }

    @Test
    public void d_aPackGeneratedByTheArchetypeInstallsCleanly() throws Exception {
        java.io.File jar = new java.io.File(System.getProperty("amparo.itest.generatedPack"));
        assertTrue("the archetype's own test generated and built a pack: " + jar, jar.isFile());
        Watch watch = new Watch();
        Bundle bundle = context.installBundle(jar.toURI().toString());
        try {
            bundle.start();
            PackStatus status = awaitBundle(bundle.getBundleId(), PackState.ACTIVE);
            assertEquals("XA", status.code());
            assertTrue(status.problems().isEmpty());
            assertTrue(console("amparo:country-list").contains("Exampleland"));
        } finally {
            bundle.uninstall();
        }
        await("XA", PackState.REMOVED);
        watch.assertNothingDisturbed();
    }

    /** Installs XA with one fault; the console must show it and the core must carry on. */
    private void assertRefused(Map<String, List<String[]>> fault, String expected) throws Exception {
        features.installFeature("amparo-country-ma");
        await("MA", PackState.ACTIVE);
        Watch watch = new Watch();
        Bundle broken = install("itest:country-xa-broken", PackJars.xa("9.0.0", "XA", fault));
        try {
            PackStatus status = awaitBundle(broken.getBundleId(), PackState.REFUSED);
            assertEquals(status.problems().toString(), 1, status.problems().size());
            String list = console("amparo:country-list");
            assertTrue(list, list.contains("REFUSED"));
            String info = console("amparo:country-info " + broken.getBundleId());
            assertTrue("the console names file, line, field and reason:\n" + info, info.contains(expected));
            assertTrue("the other pack carries on", packs.country("MA").isPresent());
            assertTrue(packs.country("XA").isEmpty());
            assertEquals(200, new Http(AmparoContainer.BASE).get("/api/v1/health").statusCode());
        } finally {
            broken.uninstall();
        }
        watch.assertNothingDisturbed();
    }

    // --- helpers ---

    /** Installs and starts a pack bundle, as {@code bundle:install -s} or a feature would. */
    private Bundle install(String location, byte[] jar) throws Exception {
        Bundle bundle = context.installBundle(location, new ByteArrayInputStream(jar));
        bundle.start();
        return bundle;
    }

    /** Records every bundle's id, state, last-modified time and wiring, and any event on those bundles. */
    private final class Watch {
        private final Map<Long, String> before = states();
        private final List<String> events = new CopyOnWriteArrayList<>();
        private final BundleListener listener = event -> {
            if (before.containsKey(event.getBundle().getBundleId())) {
                events.add(event.getBundle().getSymbolicName() + " event " + event.getType());
            }
        };

        Watch() {
            context.addBundleListener(listener);
        }

        void assertNothingDisturbed() {
            assertTrue("no bundle present before was stopped, refreshed or updated: " + events, events.isEmpty());
            Map<Long, String> now = states();
            before.forEach((id, state) -> assertEquals("bundle " + id + " unchanged", state, now.get(id)));
        }

        private Map<Long, String> states() {
            Map<Long, String> states = new java.util.TreeMap<>();
            for (Bundle bundle : context.getBundles()) {
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                states.put(bundle.getBundleId(), bundle.getSymbolicName() + " state=" + bundle.getState()
                        + " modified=" + bundle.getLastModified() + " wiring=" + System.identityHashCode(wiring));
            }
            return states;
        }
    }

    private PackStatus await(String code, PackState state) throws InterruptedException {
        return awaitThat("pack " + code + " " + state, () -> packs.status(code), s -> s.state() == state);
    }

    private PackStatus awaitThat(String code, java.util.function.Predicate<PackStatus> condition) throws InterruptedException {
        return awaitThat("pack " + code, () -> packs.status(code), condition);
    }

    private PackStatus awaitBundle(long bundleId, PackState state) throws InterruptedException {
        return awaitThat("bundle " + bundleId + " " + state,
                () -> packs.packs().stream().filter(s -> s.bundleId() == bundleId).findFirst(), s -> s.state() == state);
    }

    private PackStatus awaitRevisionOtherThan(String code, String revision) throws InterruptedException {
        return awaitThat("pack " + code + " updated", () -> packs.status(code),
                s -> s.state() == PackState.ACTIVE && !revision.equals(s.revision()));
    }

    /** Polls for a minute until the status {@code lookup} finds satisfies {@code condition}. */
    private PackStatus awaitThat(String what, java.util.function.Supplier<java.util.Optional<PackStatus>> lookup,
            java.util.function.Predicate<PackStatus> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            PackStatus status = lookup.get().orElse(null);
            if (status != null && condition.test(status)) {
                return status;
            }
            Thread.sleep(100);
        }
        fail(what + " not reached: " + packs.packs());
        return null;
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("condition not reached within 30 s");
            }
            Thread.sleep(100);
        }
    }

    private String console(String command) throws Exception {
        return Console.run(sessionFactory, command);
    }

    private static boolean answers(String path) {
        try {
            return new Http(AmparoContainer.BASE).get(path).statusCode() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private Http webLogin() {
        return Http.webLogin("cp.admin", PASSWORD);
    }
}
