package org.amparo.catalog;

import java.util.List;

/**
 * A service in a list: its id, name, status, organisation and term codes.
 *
 * @since 1.0
 */
public record ServiceSummary(String id, String name, String status, String organizationId, String organizationName,
        List<String> termCodes) {
    public ServiceSummary {
        termCodes = List.copyOf(termCodes);
    }
}
