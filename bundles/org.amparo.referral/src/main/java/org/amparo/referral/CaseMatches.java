package org.amparo.referral;

import java.util.List;

import org.amparo.catalog.MatchResult;

/**
 * The services matched to a case: its needs come from its latest completed screening.
 *
 * @param interviewId the screening the needs come from, or {@code null} when the case has none
 *                    completed (then no need is known and {@code result} is empty)
 * @param needs       the needs (taxonomy codes) matched
 * @param result      the catalogue's ranking per need, with reasons
 * @param missing     message keys of facts about the person that were not known and so could not
 *                    be matched on (e.g. {@code referral.match.noLocation})
 * @since 1.0
 */
public record CaseMatches(Long interviewId, List<String> needs, MatchResult result, List<String> missing) {
    public CaseMatches {
        needs = List.copyOf(needs);
        missing = List.copyOf(missing);
    }
}
