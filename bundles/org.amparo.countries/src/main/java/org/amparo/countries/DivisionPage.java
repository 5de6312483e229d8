package org.amparo.countries;

import java.util.List;

/**
 * One page of divisions.
 *
 * @param items the divisions of this page, by level then name
 * @param offset where this page starts
 * @param limit the page size used
 * @param more whether another page follows
 * @since 1.0
 */
public record DivisionPage(List<Division> items, int offset, int limit, boolean more) {
    /** The largest page served, whatever is asked. */
    public static final int MAX_LIMIT = 50;

    public DivisionPage {
        items = List.copyOf(items);
    }
}
