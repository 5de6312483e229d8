package org.amparo.names;

import java.util.List;

/**
 * The result of comparing two persons: a score and the reasons behind it, supporting reasons
 * first.
 *
 * @param score   0 (nothing in common) to 1 (everything compared agrees); see
 *                {@link DuplicateScorer#POSSIBLE_DUPLICATE}
 * @param reasons what matched or differed, for the user; may be empty
 * @since 1.0
 */
public record Match(double score, List<Reason> reasons) {

    public Match {
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new IllegalArgumentException("score must be between 0 and 1");
        }
        reasons = List.copyOf(reasons);
    }

    /** Whether the score reaches {@link DuplicateScorer#POSSIBLE_DUPLICATE}. */
    public boolean possibleDuplicate() {
        return score >= DuplicateScorer.POSSIBLE_DUPLICATE;
    }

    /** Whether one of the reasons has this code. */
    public boolean has(ReasonCode code) {
        return reasons.stream().anyMatch(r -> r.code() == code);
    }
}
