package org.amparo.standards;

import java.util.List;

/**
 * One page of items.
 *
 * @param items the items of this page
 * @param total how many items pass the filter in all
 * @param offset the offset asked for
 * @param limit the page size used (at most {@link Library#MAX_LIMIT})
 * @since 1.0
 */
public record LibraryPage(List<LibraryItem> items, int total, int offset, int limit) {
    public LibraryPage {
        items = List.copyOf(items);
    }
}
