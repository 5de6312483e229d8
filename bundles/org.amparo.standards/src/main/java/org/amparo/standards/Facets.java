package org.amparo.standards;

import java.util.List;

/**
 * The values the library can be browsed by, each with its item count; values with no item are
 * left out.
 *
 * @since 1.0
 */
public record Facets(List<Facet> types, List<Facet> topics, List<Facet> audiences, List<Facet> countries) {
    public Facets {
        types = List.copyOf(types);
        topics = List.copyOf(topics);
        audiences = List.copyOf(audiences);
        countries = List.copyOf(countries);
    }
}
