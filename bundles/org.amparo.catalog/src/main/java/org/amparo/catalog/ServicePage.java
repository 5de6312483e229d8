package org.amparo.catalog;

import java.util.List;

/**
 * A page of services, at most {@link #MAX_LIMIT}, and whether more follow.
 *
 * @since 1.0
 */
public record ServicePage(List<ServiceSummary> items, long total, boolean more) {
    public static final int MAX_LIMIT = 100;

    public ServicePage {
        items = List.copyOf(items);
    }
}
