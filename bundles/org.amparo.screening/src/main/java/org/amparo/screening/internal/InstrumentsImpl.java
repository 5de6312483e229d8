package org.amparo.screening.internal;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.screening.Instrument;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.Instruments;
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

/**
 * The instruments service. Reads and validates every core definition file of this bundle when it
 * activates (a broken file stops activation, with file, line and field in the log), compiles the
 * current set once to check it holds together, and adds the operating country's national questions
 * when the country-pack extender is present.
 */
@Component(service = Instruments.class, immediate = true)
public final class InstrumentsImpl implements Instruments {
    private static final Logger LOG = LoggerFactory.getLogger(InstrumentsImpl.class);

    private final Library library;
    private volatile CountryPacks packs;
    private volatile Cached cached;

    /** The current set for one country revision. */
    private record Cached(String key, InstrumentSet set) {
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
        this.cached = null;
    }

    void unsetPacks(CountryPacks packs) {
        if (this.packs == packs) {
            this.packs = null;
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
            InstrumentSet extended = set.withAdditions(NationalAdditions.of(country.get()));
            try {
                new CompiledScreening(extended);
                set = extended;
            } catch (org.amparo.screening.InvalidDefinitionException e) {
                LOG.warn("National screening questions of {} not used: {}", key, e.getMessage());
            }
        }
        cached = new Cached(key, set);
        return set;
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
        Supplier<InstrumentSet> now = this::current;
        return library.set(reference, ref -> now.get().additions().stream()
                .filter(a -> (a.reference() + ":" + a.instrument()).equals(ref)).findFirst()
                .map(InstrumentAddition.class::cast));
    }
}
