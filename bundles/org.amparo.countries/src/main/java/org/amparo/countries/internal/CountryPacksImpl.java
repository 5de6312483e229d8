package org.amparo.countries.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.countries.CatalogSeed;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.Division;
import org.amparo.countries.DivisionPage;
import org.amparo.countries.PackContents;
import org.amparo.countries.PackProblem;
import org.amparo.countries.PackState;
import org.amparo.countries.PackStatus;
import org.amparo.countries.QuestionSnapshot;
import org.amparo.persistence.Database;
import org.amparo.persistence.PersistenceException;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The country-pack extender. Tracks resolved bundles declaring {@code amparo.country},
 * {@code amparo.l10n} or {@code amparo.catalog.seed}; reads, validates and stores a pack on one
 * background thread (so installing a pack never blocks the framework), and withdraws its content
 * when the bundle is uninstalled or updated. Packs are data: no bundle is ever refreshed, started or
 * stopped by this extender.
 */
@Component(service = CountryPacks.class, immediate = true, configurationPid = "org.amparo.countries")
@Designate(ocd = CountryPacksImpl.Config.class)
public final class CountryPacksImpl implements CountryPacks, BundleTrackerCustomizer<CountryPacksImpl.Tracked> {
    static final String COUNTRY_NS = "amparo.country";
    static final String L10N_NS = "amparo.l10n";
    static final String SEED_NS = "amparo.catalog.seed";
    private static final String SYSTEM = "system";
    private static final Logger LOG = LoggerFactory.getLogger(CountryPacksImpl.class);

    /** Configuration PID {@code org.amparo.countries}. */
    @ObjectClassDefinition(name = "Amparo country packs", description = "Which country this installation serves")
    public @interface Config {
        @AttributeDefinition(description = "ISO 3166-1 code of the country this installation serves, e.g. MA; "
                + "empty: the only active pack")
        String country() default "";
    }

    /** What the tracker holds per bundle. */
    static final class Tracked {
        final String namespace;
        final String code;
        final Bundle bundle;
        volatile PackState state = PackState.LOADING;
        volatile List<PackProblem> problems = List.of();
        volatile Country country;
        volatile Instant changedAt;
        volatile CatalogSeed seed;
        final String language;

        Tracked(String namespace, String code, String language, Bundle bundle, Instant now) {
            this.namespace = namespace;
            this.code = code;
            this.language = language;
            this.bundle = bundle;
            this.changedAt = now;
        }
    }

    private final PackStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<Long, Tracked> tracked = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "amparo-country-packs");
        thread.setDaemon(true);
        return thread;
    });
    private final BundleTracker<Tracked> tracker;
    private volatile boolean closing;
    private volatile String configuredCountry;

    @Activate
    public CountryPacksImpl(@Reference Database database, @Reference AuditLog audit, BundleContext context, Config config) {
        this.configuredCountry = config.country().trim().toUpperCase(Locale.ROOT);
        this.store = new PackStore(database);
        this.audit = audit;
        this.clock = Clock.systemUTC();
        this.tracker = new BundleTracker<>(context, Bundle.RESOLVED | Bundle.STARTING | Bundle.ACTIVE | Bundle.STOPPING, this);
        tracker.open();
        worker.execute(this::withdrawPacksNoLongerInstalled);
    }

    @Modified
    void modified(Config config) {
        configuredCountry = config.country().trim().toUpperCase(Locale.ROOT);
    }

    @Deactivate
    void deactivate() throws InterruptedException {
        closing = true;
        tracker.close();
        worker.shutdown();
        worker.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Override
    public Tracked addingBundle(Bundle bundle, BundleEvent event) {
        BundleRevision revision = bundle.adapt(BundleRevision.class);
        if (revision == null) {
            return null;
        }
        for (String namespace : List.of(COUNTRY_NS, L10N_NS, SEED_NS)) {
            List<BundleCapability> capabilities = revision.getDeclaredCapabilities(namespace);
            if (!capabilities.isEmpty()) {
                Map<String, Object> attributes = capabilities.get(0).getAttributes();
                Object code = attributes.get(COUNTRY_NS.equals(namespace) ? "code" : "country");
                Object language = attributes.get("language");
                Tracked t = new Tracked(namespace, code == null ? null : code.toString().toUpperCase(Locale.ROOT),
                        language == null ? null : language.toString(), bundle, clock.instant());
                tracked.put(bundle.getBundleId(), t);
                worker.execute(() -> load(t));
                return t;
            }
        }
        return null;
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Tracked t) {
        // content does not change while a bundle stays resolved
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Tracked t) {
        tracked.remove(bundle.getBundleId(), t);
        if (closing) {
            return;
        }
        worker.execute(() -> unload(t));
    }

    private void load(Tracked t) {
        if (tracked.get(t.bundle.getBundleId()) != t) {
            return; // removed again before it was read
        }
        try {
            switch (t.namespace) {
                case COUNTRY_NS -> loadPack(t);
                case SEED_NS -> loadSeed(t);
                default -> loadTranslation(t);
            }
        } catch (RuntimeException e) {
            LOG.error("Country pack bundle {} could not be processed ({})", t.bundle.getBundleId(), e.getClass().getName());
            refuse(t, List.of(new PackProblem("", 0, "", "pack.error.storeFailed", List.of())));
        }
    }

    private void loadPack(Tracked t) {
        String version = t.bundle.getVersion().toString();
        PackParser.Result result = new PackParser(PackSource.of(t.bundle), java.time.LocalDate.now(clock)).parse(t.code, version);
        if (!result.valid()) {
            refuse(t, result.problems());
            return;
        }
        Optional<Tracked> other = tracked.values().stream()
                .filter(o -> o != t && COUNTRY_NS.equals(o.namespace) && t.code.equals(o.code) && o.state == PackState.ACTIVE)
                .findFirst();
        if (other.isPresent()) {
            refuse(t, List.of(new PackProblem("META-INF/MANIFEST.MF", 0, "Provide-Capability", "pack.error.duplicateCode",
                    List.of(t.code, other.get().bundle.getSymbolicName() + " [" + other.get().bundle.getBundleId() + "]"))));
            return;
        }
        Instant now = clock.instant();
        Optional<PackStore.StoredPack> stored = store.pack(t.code);
        try {
            if (stored.isPresent() && stored.get().revision().equals(result.revision())) {
                store.reactivate(result, t.bundle.getSymbolicName(), now);
            } else {
                store.store(result, t.bundle.getSymbolicName(), now);
            }
        } catch (PersistenceException e) {
            refuse(t, List.of(new PackProblem("", 0, "", "pack.error.storeFailed", List.of())));
            return;
        }
        t.country = result.country();
        t.problems = List.of();
        t.changedAt = now;
        t.state = PackState.ACTIVE;
        boolean updated = stored.isPresent() && !stored.get().revision().equals(result.revision());
        audit.record(AuditEvent.success(SYSTEM, updated ? "country.pack.update" : "country.pack.publish", "country:" + t.code,
                "version " + version + ", revision " + result.revision()));
        LOG.info("Country pack {} version {} published (revision {})", t.code, version, result.revision());
        for (Tracked translation : tracked.values()) {
            if (L10N_NS.equals(translation.namespace) && t.code.equals(translation.code)) {
                loadTranslation(translation);
            }
        }
    }

    private void refuse(Tracked t, List<PackProblem> problems) {
        t.problems = problems;
        t.changedAt = clock.instant();
        t.state = PackState.REFUSED;
        if (COUNTRY_NS.equals(t.namespace)) {
            audit.record(AuditEvent.failure(SYSTEM, "country.pack.refuse", "bundle:" + t.bundle.getSymbolicName(),
                    problems.size() + " problem(s)"));
        }
        LOG.warn("Country pack bundle {} [{}] refused with {} problem(s); amparo:country-info {} lists them",
                t.bundle.getSymbolicName(), t.bundle.getBundleId(), problems.size(), t.bundle.getBundleId());
    }

    private void loadSeed(Tracked t) {
        CatalogSeedReader.Result result = new CatalogSeedReader(PackSource.of(t.bundle)).read();
        t.seed = new CatalogSeed(t.bundle.getSymbolicName(), t.bundle.getVersion().toString(), result.rows(), result.problems());
        t.state = result.problems().isEmpty() ? PackState.ACTIVE : PackState.REFUSED;
        t.problems = result.problems();
        t.changedAt = clock.instant();
    }

    /** Adds a language bundle's texts of the pack's screening additions to the stored revision. */
    private void loadTranslation(Tracked t) {
        t.state = PackState.ACTIVE;
        Tracked pack = activePack(t.code);
        if (pack == null || t.language == null) {
            return;
        }
        Map<String, String> texts = new HashMap<>();
        String cc = t.code.toLowerCase(Locale.ROOT);
        String file = PackParser.L10N + "country-" + cc + "_" + t.language.replace('-', '_') + ".properties";
        try (InputStream in = PackSource.of(t.bundle).open(file)) {
            if (in == null) {
                return;
            }
            Properties properties = new Properties();
            try (Reader reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.forEach((k, v) -> texts.put((String) k, (String) v));
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("Translation bundle {} could not be read ({})", t.bundle.getBundleId(), e.getClass().getSimpleName());
            return;
        }
        store.addTexts(t.code, pack.country.revision(), t.language, texts);
    }

    private void unload(Tracked t) {
        if (!COUNTRY_NS.equals(t.namespace) || t.state != PackState.ACTIVE) {
            return;
        }
        boolean replaced = tracked.values().stream().anyMatch(o -> COUNTRY_NS.equals(o.namespace) && t.code.equals(o.code)
                && o.state == PackState.ACTIVE);
        if (replaced) {
            return;
        }
        store.withdraw(t.code, clock.instant());
        audit.record(AuditEvent.success(SYSTEM, "country.pack.withdraw", "country:" + t.code, "bundle removed or updated"));
        LOG.info("Country pack {} withdrawn", t.code);
    }

    /** Packs stored as active whose bundle is gone (uninstalled while the platform was down). */
    private void withdrawPacksNoLongerInstalled() {
        for (PackStore.StoredPack pack : store.packs()) {
            boolean present = tracked.values().stream().anyMatch(t -> COUNTRY_NS.equals(t.namespace) && pack.code().equals(t.code));
            if (pack.active() && !present) {
                store.withdraw(pack.code(), clock.instant());
                audit.record(AuditEvent.success(SYSTEM, "country.pack.withdraw", "country:" + pack.code(), "bundle no longer installed"));
            }
        }
    }

    private Tracked activePack(String code) {
        if (code == null) {
            return null;
        }
        return tracked.values().stream()
                .filter(t -> COUNTRY_NS.equals(t.namespace) && code.equalsIgnoreCase(t.code) && t.state == PackState.ACTIVE)
                .findFirst().orElse(null);
    }

    @Override
    public List<PackStatus> packs() {
        List<PackStatus> result = new ArrayList<>();
        TreeSet<String> installedCodes = new TreeSet<>();
        for (Tracked t : tracked.values()) {
            if (COUNTRY_NS.equals(t.namespace)) {
                result.add(status(t));
                if (t.code != null) {
                    installedCodes.add(t.code);
                }
            }
        }
        for (PackStore.StoredPack pack : store.packs()) {
            if (!installedCodes.contains(pack.code())) {
                result.add(new PackStatus(pack.code(), pack.symbolicName(), -1, pack.version(), pack.revision(),
                        PackState.REMOVED, List.of(), PackContents.NONE, List.of(), null, pack.changedAt()));
            }
        }
        result.sort(Comparator.comparing((PackStatus s) -> s.code() == null ? "~" : s.code()).thenComparing(PackStatus::bundleId));
        return result;
    }

    @Override
    public Optional<PackStatus> status(String codeOrBundleId) {
        String wanted = codeOrBundleId == null ? "" : codeOrBundleId.trim();
        return packs().stream().filter(s -> wanted.equalsIgnoreCase(s.code()) || wanted.equals(String.valueOf(s.bundleId())))
                .min(Comparator.comparing((PackStatus s) -> s.state() == PackState.ACTIVE ? 0 : s.state() == PackState.REMOVED ? 2 : 1));
    }

    private PackStatus status(Tracked t) {
        Country country = t.country;
        PackContents contents = PackContents.NONE;
        String revision = null;
        if (t.state == PackState.ACTIVE && country != null) {
            revision = country.revision();
            contents = new PackContents(country.laws().size(), country.laws().stream().mapToInt(l -> l.provisions().size()).sum(),
                    country.pathways().size(), country.pathways().stream().mapToInt(p -> p.steps().size()).sum(),
                    country.questions().size(), country.hotlines().size(), country.divisions());
        }
        List<String> translations = new ArrayList<>();
        CatalogSeed seed = null;
        for (Tracked other : tracked.values()) {
            if (t.code != null && t.code.equals(other.code)) {
                if (L10N_NS.equals(other.namespace) && other.language != null) {
                    translations.add(other.language);
                } else if (SEED_NS.equals(other.namespace) && other.seed != null) {
                    seed = other.seed;
                }
            }
        }
        translations.sort(null);
        return new PackStatus(t.code, t.bundle.getSymbolicName(), t.bundle.getBundleId(), t.bundle.getVersion().toString(),
                revision, t.state, t.problems, contents, translations, seed, t.changedAt);
    }

    @Override
    public Optional<Country> country(String code) {
        Tracked t = activePack(code);
        return t == null ? Optional.empty() : Optional.ofNullable(t.country);
    }

    @Override
    public Optional<Country> operatingCountry() {
        String configured = configuredCountry;
        if (!configured.isEmpty()) {
            return country(configured);
        }
        List<Country> active = tracked.values().stream()
                .filter(t -> COUNTRY_NS.equals(t.namespace) && t.state == PackState.ACTIVE && t.country != null)
                .map(t -> t.country).toList();
        return active.size() == 1 ? Optional.of(active.get(0)) : Optional.empty();
    }

    @Override
    public DivisionPage divisions(String code, String query, String parentId, int offset, int limit) {
        Tracked t = activePack(code);
        if (t == null) {
            return new DivisionPage(List.of(), Math.max(0, offset), Math.min(Math.max(limit, 1), DivisionPage.MAX_LIMIT), false);
        }
        return store.divisions(t.code, query, parentId, offset, limit);
    }

    @Override
    public Optional<Division> division(String code, String id) {
        if (code == null || id == null) {
            return Optional.empty();
        }
        return store.division(code.toUpperCase(Locale.ROOT), id);
    }

    @Override
    public Optional<QuestionSnapshot> question(String code, String revision, String questionId) {
        if (code == null || revision == null || questionId == null) {
            return Optional.empty();
        }
        return store.question(code.toUpperCase(Locale.ROOT), revision, questionId);
    }

    @Override
    public List<QuestionSnapshot> questions(String code, String revision) {
        if (code == null || revision == null) {
            return List.of();
        }
        return store.questions(code.toUpperCase(Locale.ROOT), revision);
    }

    @Override
    public Optional<String> screeningDefinition(String code, String revision) {
        if (code == null || revision == null) {
            return Optional.empty();
        }
        return store.screening(code.toUpperCase(Locale.ROOT), revision);
    }

    @Override
    public Optional<String> screeningText(String code, String revision, String key, String language) {
        if (code == null || revision == null || key == null || language == null) {
            return Optional.empty();
        }
        return store.text(code.toUpperCase(Locale.ROOT), revision, key, language);
    }
}
