package org.amparo.screening.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.amparo.screening.DecisionRules;
import org.amparo.screening.IndicatorList;
import org.amparo.screening.Instrument;
import org.amparo.screening.InstrumentAddition;
import org.amparo.screening.InstrumentSet;
import org.amparo.screening.SetReference;
import org.amparo.screening.Standard;
import org.amparo.screening.Taxonomy;

/**
 * Every version of every core definition, as read and validated. Immutable. The current set is the
 * newest version of each; older versions stay here so that a stored screening finds what it used.
 */
final class Library {
    static final Comparator<String> VERSION_ORDER = Comparator.comparing(Library::versionKey);

    private final List<Standard> standards;
    private final Map<String, List<Taxonomy>> taxonomies;
    private final Map<String, List<IndicatorList>> lists;
    private final Map<String, List<DecisionRules>> rules;
    private final Map<String, List<Instrument>> instruments;
    private final InstrumentSet current;

    Library(Collection<Standard> standards, List<Taxonomy> taxonomies, List<IndicatorList> lists,
            List<DecisionRules> rules, List<Instrument> instruments) {
        this.standards = List.copyOf(standards);
        this.taxonomies = byId(taxonomies, Taxonomy::id, Taxonomy::version);
        this.lists = byId(lists, IndicatorList::id, IndicatorList::version);
        this.rules = byId(rules, DecisionRules::id, DecisionRules::version);
        this.instruments = byId(instruments, Instrument::id, Instrument::version);
        this.current = new InstrumentSet(newest(this.instruments), List.of(), newest(this.lists),
                newest(this.rules).get(0), newest(this.taxonomies).get(0), this.standards);
    }

    private static <T> Map<String, List<T>> byId(List<T> items, Function<T, String> id, Function<T, String> version) {
        Map<String, List<T>> result = new LinkedHashMap<>();
        items.stream().sorted(Comparator.comparing(id).thenComparing(version, VERSION_ORDER))
                .forEach(item -> result.computeIfAbsent(id.apply(item), k -> new ArrayList<>()).add(item));
        result.replaceAll((k, v) -> List.copyOf(v));
        return result;
    }

    private static <T> List<T> newest(Map<String, List<T>> versions) {
        return versions.values().stream().map(v -> v.get(v.size() - 1)).toList();
    }

    private static String versionKey(String version) {
        StringBuilder key = new StringBuilder();
        for (String part : version.split("\\.")) {
            key.append(String.format("%08d", Long.parseLong(part)));
        }
        return key.toString();
    }

    /** The newest version of everything, without country additions. */
    InstrumentSet current() {
        return current;
    }

    List<Instrument> versions(String id) {
        return instruments.getOrDefault(id, List.of());
    }

    Optional<Instrument> instrument(String id, String version) {
        return versions(id).stream().filter(i -> i.version().equals(version)).findFirst();
    }

    /**
     * The set {@code reference} names; {@code additions} resolves {@code CC@revision:instrument} over
     * the core set the reference names (empty when that revision's additions are unknown).
     */
    Optional<InstrumentSet> set(SetReference reference,
            BiFunction<InstrumentSet, String, Optional<InstrumentAddition>> additions) {
        List<Instrument> usedInstruments = new ArrayList<>();
        for (String ref : reference.instruments()) {
            Optional<Instrument> found = find(instruments, ref);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            usedInstruments.add(found.get());
        }
        List<IndicatorList> usedLists = new ArrayList<>();
        for (String ref : reference.indicatorLists()) {
            Optional<IndicatorList> found = find(lists, ref);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            usedLists.add(found.get());
        }
        Optional<DecisionRules> usedRules = find(rules, reference.rules());
        Optional<Taxonomy> usedTaxonomy = find(taxonomies, reference.taxonomy());
        if (usedRules.isEmpty() || usedTaxonomy.isEmpty()) {
            return Optional.empty();
        }
        InstrumentSet core = new InstrumentSet(usedInstruments, List.of(), usedLists, usedRules.get(), usedTaxonomy.get(),
                standards);
        List<InstrumentAddition> usedAdditions = new ArrayList<>();
        for (String ref : reference.additions()) {
            Optional<InstrumentAddition> found = additions.apply(core, ref);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            usedAdditions.add(found.get());
        }
        return Optional.of(core.withAdditions(usedAdditions));
    }

    private static <T> Optional<T> find(Map<String, List<T>> versions, String reference) {
        int at = reference.lastIndexOf('@');
        if (at < 0) {
            return Optional.empty();
        }
        String id = reference.substring(0, at);
        String version = reference.substring(at + 1);
        return versions.getOrDefault(id, List.of()).stream().filter(item -> version.equals(versionOf(item))).findFirst();
    }

    private static String versionOf(Object item) {
        if (item instanceof Instrument i) {
            return i.version();
        }
        if (item instanceof IndicatorList l) {
            return l.version();
        }
        if (item instanceof DecisionRules r) {
            return r.version();
        }
        return ((Taxonomy) item).version();
    }
}
