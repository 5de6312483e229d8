package org.amparo.cases;

import java.util.List;

/**
 * A registered person who may be the same as the one being registered or looked at.
 *
 * @param personId the registered person
 * @param score    how alike they are, 0 to 1
 * @param reasons  why, as reason codes of the name matcher (no personal data)
 * @since 1.0
 */
public record DuplicateCandidate(long personId, double score, List<String> reasons) {
    public DuplicateCandidate {
        reasons = List.copyOf(reasons);
    }
}
