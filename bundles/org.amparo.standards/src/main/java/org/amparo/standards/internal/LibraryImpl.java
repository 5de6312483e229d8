package org.amparo.standards.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import org.amparo.common.LanguageTag;
import org.amparo.common.Messages;
import org.amparo.countries.Country;
import org.amparo.countries.CountryPacks;
import org.amparo.countries.PackState;
import org.amparo.countries.Pathway;
import org.amparo.standards.Facet;
import org.amparo.standards.Facets;
import org.amparo.standards.ItemType;
import org.amparo.standards.Library;
import org.amparo.standards.LibraryFilter;
import org.amparo.standards.LibraryItem;
import org.amparo.standards.LibraryPage;
import org.amparo.standards.Place;
import org.amparo.standards.SearchHit;
import org.amparo.standards.SearchPage;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The library: the core items read and validated from this bundle's {@code amparo/standards/*.json}
 * when the component starts (it refuses to start on any fault, naming file, line and pointer), plus
 * the laws and procedures of the country packs active at the moment of each call. The items and
 * the search index are rebuilt when the set of active packs, their revisions or their translations
 * change, and otherwise shared; all state is immutable snapshots, so the class is thread-safe.
 */
@Component(service = Library.class)
@SatisfyingConditionTarget(LibraryImpl.MODULE_CONDITION)
public final class LibraryImpl implements Library {
    static final String MODULE_CONDITION = "(osgi.condition.id=amparo.module.standards-library)";
    static final String FOLDER = "amparo/standards";
    private static final Logger LOG = LoggerFactory.getLogger(LibraryImpl.class);

    /** Everything a call needs, for one state of the installed packs. */
    private record Snapshot(String fingerprint, List<LibraryItem> items, Map<String, LibraryItem> byId,
            Map<String, List<Place>> applied, Map<String, CoreItem> core, List<Country> countries, SearchIndex index) {
    }

    private final List<CoreItem> core;
    private final Messages messages;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile CountryPacks packs;
    private volatile Snapshot snapshot;

    @Activate
    public LibraryImpl(BundleContext context, @Reference Messages messages) {
        this(bundleFiles(context.getBundle()), messages);
    }

    LibraryImpl(List<ContentReader.ContentFile> files, Messages messages) {
        ContentReader.Result result = new ContentReader().read(files);
        if (!result.problems().isEmpty()) {
            List<String> lines = result.problems().stream().map(ContentProblem::toString).toList();
            LOG.error("The standards library's content has {} problem(s); the library does not start:\n{}", lines.size(),
                    String.join("\n", lines));
            throw new InvalidContentException(result.problems());
        }
        this.core = result.items();
        this.messages = messages;
        LOG.info("Standards library: {} core items from {} files", core.size(), files.size());
    }

    void setPacks(CountryPacks packs) {
        this.packs = packs;
    }

    static List<ContentReader.ContentFile> bundleFiles(Bundle bundle) {
        List<ContentReader.ContentFile> files = new ArrayList<>();
        Enumeration<URL> entries = bundle.findEntries(FOLDER, "*.json", false);
        List<URL> urls = entries == null ? List.of() : Collections.list(entries);
        for (URL url : urls.stream().sorted(Comparator.comparing(URL::getPath)).toList()) {
            try (InputStream in = url.openStream()) {
                String path = url.getPath();
                files.add(new ContentReader.ContentFile(path.substring(path.lastIndexOf('/') + 1), in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    // ---- Library

    @Override
    public LibraryPage browse(LibraryFilter filter, int offset, int limit) {
        LibraryFilter f = filter == null ? LibraryFilter.ALL : filter;
        List<LibraryItem> matching = current().items().stream().filter(f::accepts).toList();
        int from = Math.max(0, offset);
        int size = Math.max(0, Math.min(limit, MAX_LIMIT));
        return new LibraryPage(matching.subList(Math.min(from, matching.size()), Math.min(from + size, matching.size())),
                matching.size(), from, size);
    }

    @Override
    public Facets facets() {
        List<LibraryItem> items = current().items();
        return new Facets(
                count(items, i -> List.of(i.type().code()), code -> ItemType.ofCode(code).orElseThrow().labelKey(),
                        java.util.Arrays.stream(ItemType.values()).map(ItemType::code).toList()),
                count(items, LibraryItem::topics, Vocabulary::topicKey, Vocabulary.TOPICS),
                count(items, LibraryItem::audiences, Vocabulary::audienceKey, Vocabulary.AUDIENCES),
                countries(items));
    }

    private static List<Facet> count(List<LibraryItem> items, Function<LibraryItem, List<String>> codes,
            Function<String, String> labelKey, List<String> order) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        order.forEach(code -> counts.put(code, 0));
        items.forEach(item -> codes.apply(item).forEach(code -> counts.merge(code, 1, Integer::sum)));
        List<Facet> facets = new ArrayList<>();
        counts.forEach((code, count) -> {
            if (count > 0) {
                facets.add(new Facet(code, labelKey.apply(code), count));
            }
        });
        return facets;
    }

    private List<Facet> countries(List<LibraryItem> items) {
        Map<String, Integer> counts = new TreeMap<>();
        int international = 0;
        for (LibraryItem item : items) {
            if (item.country() == null) {
                international++;
            } else {
                counts.merge(item.country(), 1, Integer::sum);
            }
        }
        List<Facet> facets = new ArrayList<>();
        if (international > 0) {
            facets.add(new Facet(LibraryFilter.INTERNATIONAL, "standards.label.international", international));
        }
        Map<String, String> names = new LinkedHashMap<>();
        current().countries().forEach(c -> names.put(c.code(), c.nameKey()));
        counts.forEach((code, count) -> facets.add(new Facet(code, names.getOrDefault(code, "standards.label.country"), count)));
        return facets;
    }

    @Override
    public Optional<LibraryItem> item(String id) {
        return Optional.ofNullable(id == null ? null : current().byId().get(id));
    }

    @Override
    public SearchPage search(String text, String language, LibraryFilter filter, int offset, int limit) {
        List<SearchHit> hits = current().index().search(text, language, filter == null ? LibraryFilter.ALL : filter);
        int from = Math.max(0, offset);
        int size = Math.max(0, Math.min(limit, MAX_LIMIT));
        return new SearchPage(text == null ? "" : text,
                hits.subList(Math.min(from, hits.size()), Math.min(from + size, hits.size())), hits.size(), from, size);
    }

    @Override
    public List<Place> appliedIn(String itemId) {
        return itemId == null ? List.of() : current().applied().getOrDefault(itemId, List.of());
    }

    @Override
    public List<LibraryItem> standardsFor(Place place) {
        Snapshot s = current();
        List<LibraryItem> found = new ArrayList<>();
        s.applied().forEach((id, places) -> {
            if (places.contains(place)) {
                found.add(s.byId().get(id));
            }
        });
        if (place instanceof Place.PathwayStep step) {
            // the laws the step cites are behind it even when the core says nothing of this pathway
            s.countries().stream().filter(c -> c.code().equals(step.country())).flatMap(c -> c.pathways().stream())
                    .filter(p -> p.id().equals(step.pathwayId())).flatMap(p -> p.steps().stream())
                    .filter(st -> st.id().equals(step.stepId())).flatMap(st -> st.basis().stream())
                    .map(b -> PackItems.lawId(step.country(), b.contains("#") ? b.substring(0, b.indexOf('#')) : b))
                    .map(s.byId()::get).filter(java.util.Objects::nonNull)
                    .filter(i -> !found.contains(i)).forEach(found::add);
        }
        found.sort(Comparator.comparing((LibraryItem i) -> i.country() != null).thenComparing(LibraryItem::id));
        return found;
    }

    // ---- snapshots

    private Snapshot current() {
        CountryPacks source = packs;
        List<Country> countries = new ArrayList<>();
        StringBuilder fingerprint = new StringBuilder();
        if (source != null) {
            source.packs().stream().filter(p -> p.state() == PackState.ACTIVE && p.code() != null)
                    .sorted(Comparator.comparing(p -> p.code())).forEach(p -> source.country(p.code()).ifPresent(c -> {
                        countries.add(c);
                        fingerprint.append(c.code()).append('@').append(c.revision()).append(p.translations()).append(';');
                    }));
        }
        fingerprint.append(messages.languages().stream().map(LanguageTag::value).toList());
        Snapshot s = snapshot;
        if (s != null && s.fingerprint().contentEquals(fingerprint)) {
            return s;
        }
        synchronized (this) {
            s = snapshot;
            if (s == null || !s.fingerprint().contentEquals(fingerprint)) {
                s = build(fingerprint.toString(), countries);
                snapshot = s;
            }
            return s;
        }
    }

    private Snapshot build(String fingerprint, List<Country> countries) {
        PackItems packItems = new PackItems(messages);
        List<LibraryItem> items = new ArrayList<>();
        Map<String, CoreItem> coreById = new LinkedHashMap<>();
        Map<String, List<Place>> applied = new LinkedHashMap<>();
        for (CoreItem c : core) {
            items.add(c.item());
            coreById.put(c.item().id(), c);
            List<Place> places = new ArrayList<>(c.places());
            for (Country country : countries) {
                for (Pathway pathway : country.pathways()) {
                    if (c.pathwayTypes().contains(pathway.caseType())) {
                        pathway.steps().forEach(st -> places.add(new Place.PathwayStep(country.code(), pathway.id(), st.id())));
                    }
                }
            }
            applied.put(c.item().id(), List.copyOf(places));
        }
        for (Country country : countries) {
            try {
                List<LibraryItem> national = packItems.items(country);
                items.addAll(national);
                for (Pathway pathway : country.pathways()) {
                    List<Place> steps = pathway.steps().stream()
                            .map(st -> (Place) new Place.PathwayStep(country.code(), pathway.id(), st.id())).toList();
                    applied.put(PackItems.procedureId(country.code(), pathway.id()), steps);
                    for (Pathway.Step step : pathway.steps()) {
                        Set<String> laws = new LinkedHashSet<>();
                        step.basis().forEach(b -> laws.add(b.contains("#") ? b.substring(0, b.indexOf('#')) : b));
                        for (String law : laws) {
                            applied.computeIfAbsent(PackItems.lawId(country.code(), law), k -> new ArrayList<>())
                                    .add(new Place.PathwayStep(country.code(), pathway.id(), step.id()));
                        }
                    }
                }
                national.forEach(i -> applied.putIfAbsent(i.id(), List.of()));
            } catch (RuntimeException e) {
                LOG.warn("Standards library: the laws and procedures of country pack {} are left out", country.code(), e);
            }
        }
        items.sort(Comparator.comparing((LibraryItem i) -> i.country() == null ? "" : i.country())
                .thenComparing(i -> i.type().ordinal()).thenComparing(LibraryItem::id));
        Map<String, LibraryItem> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        Map<String, List<Place>> frozen = new LinkedHashMap<>();
        applied.forEach((id, places) -> frozen.put(id, List.copyOf(places)));
        SearchIndex index = new SearchIndex(items);
        LOG.debug("Standards library rebuilt: {} items, {} indexed texts ({})", items.size(), index.size(),
                fingerprint.toLowerCase(Locale.ROOT));
        return new Snapshot(fingerprint, List.copyOf(items), byId, frozen, coreById, List.copyOf(countries), index);
    }
}
