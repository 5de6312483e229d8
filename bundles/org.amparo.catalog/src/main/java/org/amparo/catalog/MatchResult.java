package org.amparo.catalog;

import java.time.Instant;
import java.util.List;

/**
 * The result of a match: one entry per need asked for, in the order asked.
 *
 * @param needs the services found per need
 * @param at the moment used for opening hours
 * @since 1.1
 */
public record MatchResult(List<NeedMatches> needs, Instant at) {
    public MatchResult {
        needs = List.copyOf(needs);
    }
}
