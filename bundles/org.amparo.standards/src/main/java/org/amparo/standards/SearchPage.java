package org.amparo.standards;

import java.util.List;

/**
 * One page of search results, best first.
 *
 * @param query the query as given
 * @param hits the hits of this page
 * @param total how many sections matched in all
 * @param offset the offset asked for
 * @param limit the page size used (at most {@link Library#MAX_LIMIT})
 * @since 1.0
 */
public record SearchPage(String query, List<SearchHit> hits, int total, int offset, int limit) {
    public SearchPage {
        hits = List.copyOf(hits);
    }
}
