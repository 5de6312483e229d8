package org.amparo.catalog;

import java.util.List;

/**
 * A service found for a need, with its score and the reasons for it.
 *
 * @param serviceId the HSDS service id
 * @param name the service's name
 * @param organizationId its organisation's id
 * @param organizationName its organisation's name
 * @param score higher is better; 0 for a service that cannot serve the person
 * @param canServe false when at least one reason {@link MatchReason.Effect#EXCLUDES excludes} it
 * @param reasons the reasons, those excluding first
 * @param places where it is offered
 * @since 1.1
 */
public record MatchedService(String serviceId, String name, String organizationId, String organizationName, int score,
        boolean canServe, List<MatchReason> reasons, List<MatchedPlace> places) {
    public MatchedService {
        reasons = List.copyOf(reasons);
        places = List.copyOf(places);
    }
}
