package org.amparo.screening;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one screening is determined with: instrument versions, country additions, indicator
 * lists, decision rules, the protection taxonomy and the standards they cite. Immutable; what a
 * screening stores is its {@link #reference()}.
 *
 * @since 1.0
 */
public record InstrumentSet(List<Instrument> instruments, List<InstrumentAddition> additions,
        List<IndicatorList> indicatorLists, DecisionRules rules, Taxonomy taxonomy, List<Standard> standards) {
    public InstrumentSet {
        instruments = List.copyOf(instruments);
        additions = List.copyOf(additions);
        indicatorLists = List.copyOf(indicatorLists);
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(taxonomy, "taxonomy");
        standards = List.copyOf(standards);
    }

    /** The same set with {@code more} additions (e.g. a country pack's). */
    public InstrumentSet withAdditions(List<InstrumentAddition> more) {
        List<InstrumentAddition> all = new java.util.ArrayList<>(additions);
        all.addAll(more);
        return new InstrumentSet(instruments, all, indicatorLists, rules, taxonomy, standards);
    }

    /** The instrument with id {@code id}. */
    public Optional<Instrument> instrument(String id) {
        return instruments.stream().filter(i -> i.id().equals(id)).findFirst();
    }

    /** The indicator list with id {@code id}. */
    public Optional<IndicatorList> indicatorList(String id) {
        return indicatorLists.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** The standard with id {@code id}. */
    public Optional<Standard> standard(String id) {
        return standards.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** What a screening stores to find this exact set again ({@link Instruments#set}). */
    public SetReference reference() {
        return new SetReference(instruments.stream().map(Instrument::reference).toList(),
                additions.stream().map(a -> a.reference() + ":" + a.instrument()).toList(),
                indicatorLists.stream().map(l -> l.id() + "@" + l.version()).toList(),
                rules.id() + "@" + rules.version(), taxonomy.id() + "@" + taxonomy.version());
    }
}
