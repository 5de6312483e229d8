package org.amparo.catalog;

import java.util.List;

/**
 * The services found for one need.
 *
 * @param need the protection code asked for
 * @param label the message key of its label ({@code catalog.term.<code>}); empty for an unknown code
 * @param ranked services that can serve the person, best first, at most the page size
 * @param moreRanked how many more can serve the person than listed
 * @param cannotServe services for this need that cannot serve the person, each with why, at most the page size
 * @param moreCannotServe how many more cannot serve the person than listed
 * @since 1.1
 */
public record NeedMatches(String need, String label, List<MatchedService> ranked, int moreRanked, List<MatchedService> cannotServe,
        int moreCannotServe) {
    public NeedMatches {
        ranked = List.copyOf(ranked);
        cannotServe = List.copyOf(cannotServe);
    }
}
