package org.amparo.cases;

import java.util.List;

/**
 * One page of cases, newest first.
 *
 * @since 1.0
 */
public record CasePage(List<CaseView> items, int offset, int limit, boolean more) {
    public CasePage {
        items = List.copyOf(items);
    }
}
