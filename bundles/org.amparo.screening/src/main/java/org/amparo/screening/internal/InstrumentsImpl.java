package org.amparo.screening.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.screening.Instrument;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Instruments;
import org.amparo.screening.ScreeningProblem;
import org.amparo.screening.SetReference;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.amparo.datafile.Source;

/**
 * The instruments service. Reads and validates every core definition file of this bundle when it
 * activates (a broken file stops activation, with file, line and field in the log), compiles the
 * current set once to check it holds together, and, when the country-pack extender is present,
 * adds the screening additions (questions, flags, rules) of the operating country's current pack
 * revision to new screenings and those of any stored revision to the screenings that used it. A
 * revision's additions that do not hold together with the core are left out, with a warning in the
 * log and the problems in {@link #nationalProblems}; the core instruments stay usable.
 */
@Component(service = Instruments.class, immediate = true)
public final class InstrumentsImpl implements Instruments {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentsImpl.class);

    private final Library library;
    private final Map<RevisionOverCore, NationalAdditions.Resolution> resolved = new ConcurrentHashMap<>();
    private volatile CountryPacks packs;
    private volatile Cached cached;

    /** The current set for one country revision. */
    private record Cached(String key, InstrumentSet set) {
    }

    /** A pack revision's additions are checked against the core set they extend. */
    private record RevisionOverCore(String country, String revision, SetReference core) {
    }

    @Activate
    public InstrumentsImpl(BundleContext context) throws IOException {
        this(Source.of(context.getBundle()));
    }

    InstrumentsImpl(Source source) throws IOException {
        try {
            this.library = new DefinitionReader(source).read();
            new CompiledScreening(library.current());
        } catch (org.amparo.screening.InvalidDefinitionException e) {
            LOG.error("Screening definitions refused, the instruments service stays off:\n{}", e.getMessage());
            throw e;
        }
        LOG.info("Screening instruments loaded: {}", library.current().reference().instruments());
    }

    /**
     * The core definitions of this bundle's own jar (or classes folder), without OSGi, with
     * {@code packs} (may be null) as the source of national additions: for the tests of bundles
     * that build on screening.
     */
    public static InstrumentsImpl fromCodeSource(CountryPacks packs) throws IOException {
        java.nio.file.Path location;
        try {
            location = java.nio.file.Paths.get(InstrumentsImpl.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IOException("cannot locate the screening definitions", e);
        }
        java.nio.file.Path root = java.nio.file.Files.isDirectory(location) ? location
                : java.nio.file.FileSystems.newFileSystem(location, (ClassLoader) null).getPath("/");
        InstrumentsImpl instruments = new InstrumentsImpl(Source.of(root));
        if (packs != null) {
            instruments.setPacks(packs);
        }
        return instruments;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setPacks(CountryPacks packs) {
        this.packs = packs;
        this.resolved.clear();
        this.cached = null;
    }

    void unsetPacks(CountryPacks packs) {
        if (this.packs == packs) {
            this.packs = null;
            this.resolved.clear();
            this.cached = null;
        }
    }

    @Override
    public InstrumentSet current() {
        CountryPacks source = packs;
        Optional<Country> country = source == null ? Optional.empty() : source.operatingCountry();
        String key = country.map(c -> c.code() + "@" + c.revision()).orElse("");
        Cached now = cached;
        if (now != null && now.key().equals(key)) {
            return now.set();
        }
        InstrumentSet set = library.current();
        if (country.isPresent()) {
            Optional<NationalAdditions.Resolution> national = resolve(source, country.get(), set);
            if (national.isPresent() && national.get().usable()) {
                set = set.withAdditions(national.get().additions());
            }
        }
        cached = new Cached(key, set);
        return set;
    }

    /**
     * The additions of the revision {@code country} names over {@code core}: from what the extender
     * stored of that revision or, from a source that keeps no revisions, the questions it publishes.
     */
    private Optional<NationalAdditions.Resolution> resolve(CountryPacks source, Country country, InstrumentSet core) {
        Optional<NationalAdditions.Resolution> stored = resolve(source, country.code(), country.revision(), core);
        if (stored.isPresent() || country.questions().isEmpty()) {
            return stored;
        }
        return Optional.of(remember(new RevisionOverCore(country.code(), country.revision(), core.reference()),
                NationalAdditions.current(country, core)));
    }

    private Optional<NationalAdditions.Resolution> resolve(CountryPacks source, String country, String revision,
            InstrumentSet core) {
        RevisionOverCore key = new RevisionOverCore(country, revision, core.reference());
        NationalAdditions.Resolution known = resolved.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        // a revision never changes once stored; one that is not (yet) known is asked again next time
        return NationalAdditions.resolve(source, country, revision, core).map(r -> remember(key, r));
    }

    private NationalAdditions.Resolution remember(RevisionOverCore key, NationalAdditions.Resolution resolution) {
        NationalAdditions.Resolution first = resolved.putIfAbsent(key, resolution);
        if (first != null) {
            return first;
        }
        if (!resolution.usable()) {
            LOG.warn("Screening additions of country pack {} revision {} left out, the core instruments are used without "
                    + "them:\n{}", key.country(), key.revision(), String.join("\n",
                            resolution.problems().stream().map(ScreeningProblem::describe).toList()));
        }
        return resolution;
    }

    @Override
    public List<Instrument> versions(String id) {
        return library.versions(id);
    }

    @Override
    public Optional<Instrument> instrument(String id, String version) {
        return library.instrument(id, version);
    }

    @Override
    public Optional<InstrumentSet> set(SetReference reference) {
        CountryPacks source = packs;
        return library.set(reference, (core, ref) -> addition(source, core, ref));
    }

    /** {@code CC@revision:instrument} over {@code core}. */
    private Optional<InstrumentAddition> addition(CountryPacks source, InstrumentSet core, String ref) {
        int at = ref.indexOf('@');
        int colon = ref.indexOf(':', at + 1);
        if (source == null || at <= 0 || colon <= at + 1) {
            return Optional.empty();
        }
        String country = ref.substring(0, at);
        String revision = ref.substring(at + 1, colon);
        String instrument = ref.substring(colon + 1);
        Optional<NationalAdditions.Resolution> stored = resolve(source, country, revision, core);
        if (stored.isPresent()) {
            return stored.filter(NationalAdditions.Resolution::usable).flatMap(r -> r.addition(instrument));
        }
        // a source that keeps no revisions: only the current one is known
        return current().additions().stream().filter(a -> (a.reference() + ":" + a.instrument()).equals(ref)).findFirst();
    }

    @Override
    public Optional<String> nationalText(String country, String revision, String key, String language) {
        CountryPacks source = packs;
        if (source == null || country == null || revision == null || key == null || language == null) {
            return Optional.empty();
        }
        return source.screeningText(country.toUpperCase(Locale.ROOT), revision, key, language);
    }

    @Override
    public List<ScreeningProblem> nationalProblems(String country, String revision) {
        CountryPacks source = packs;
        if (source == null || country == null || revision == null) {
            return List.of();
        }
        String code = country.toUpperCase(Locale.ROOT);
        InstrumentSet core = library.current();
        Optional<NationalAdditions.Resolution> resolution = source.country(code)
                .filter(c -> c.revision().equals(revision))
                .map(c -> resolve(source, c, core))
                .orElseGet(() -> resolve(source, code, revision, core));
        return resolution.map(NationalAdditions.Resolution::problems).orElse(List.of());
    }
}
