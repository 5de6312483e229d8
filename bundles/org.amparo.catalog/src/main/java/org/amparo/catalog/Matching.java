package org.amparo.catalog;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Finds, for each need of a person, the services of the catalogue that can meet it, ranked, each
 * with the reasons for its place (area served, language, eligibility, opening hours), and the
 * services that cannot serve the person with the reasons why. Thread-safe.
 *
 * @since 1.1
 */
@ProviderType
public interface Matching {
    MatchResult match(MatchRequest request);
}
