package org.amparo.catalog.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.amparo.catalog.ImportProblem;

/** What a reader produced: the records by resource (in reading order) and the problems found. */
final class Batch {
    final Map<String, Map<String, Rec>> records = new LinkedHashMap<>();
    final List<ImportProblem> problems = new ArrayList<>();

    Batch() {
        for (Schemas.Resource resource : Schemas.get().resources()) {
            records.put(resource.name(), new LinkedHashMap<>());
        }
    }

    void problem(Rec rec, String field, String reason, String... arguments) {
        problems.add(new ImportProblem(rec.file, rec.row, rec.path, field, reason, List.of(arguments)));
    }

    void problem(String file, int row, String field, String reason, String... arguments) {
        problems.add(new ImportProblem(file, row, "", field, reason, List.of(arguments)));
    }

    /**
     * Adds a record; the same id met again (an object nested in several places of a JSON document,
     * or a row repeated) is merged when it agrees and reported when it contradicts.
     */
    void add(Rec rec) {
        String id = rec.id();
        Map<String, Rec> byId = records.get(rec.resource);
        Rec earlier = id == null ? null : byId.get(id);
        if (earlier == null) {
            byId.put(id == null ? "\u0000" + byId.size() : id, rec);
            return;
        }
        if (rec.path.isEmpty()) {
            problem(rec, "id", "catalog.problem.duplicateId", id, Integer.toString(earlier.row));
            return;
        }
        for (Map.Entry<String, Object> field : rec.fields.entrySet()) {
            Object before = earlier.fields.get(field.getKey());
            if (before == null) {
                earlier.fields.put(field.getKey(), field.getValue());
            } else if (!same(before, field.getValue())) {
                problem(rec, field.getKey(), "catalog.problem.contradicts", id, earlier.path);
            }
        }
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof java.math.BigDecimal x && b instanceof java.math.BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return a.equals(b);
    }

    int size() {
        return records.values().stream().mapToInt(Map::size).sum();
    }
}
