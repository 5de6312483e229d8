package org.amparo.catalog;

import java.util.List;
import java.util.Map;

/**
 * The outcome of an import. When {@link #problems} is not empty nothing was stored.
 *
 * @param importId the provenance record of a stored import; 0 when refused
 * @param source the label given by the caller
 * @param inserted new records per HSDS resource (e.g. {@code services -> 3})
 * @param updated records replaced per resource (their id was already in the catalogue)
 * @param problems every problem found (empty when stored)
 * @since 1.0
 */
public record ImportReport(long importId, String source, Map<String, Integer> inserted, Map<String, Integer> updated,
        List<ImportProblem> problems) {
    public ImportReport {
        inserted = Map.copyOf(inserted);
        updated = Map.copyOf(updated);
        problems = List.copyOf(problems);
    }

    public boolean stored() {
        return problems.isEmpty();
    }

    public int insertedTotal() {
        return inserted.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int updatedTotal() {
        return updated.values().stream().mapToInt(Integer::intValue).sum();
    }
}
