package org.amparo.countries.internal;

import java.util.HashMap;
import java.util.Map;

/** Detects duplicate ids within one scope, naming the line of the first use. */
final class Ids {
    private final PackParser.Context context;
    private final String file;
    private final Map<String, Integer> seen = new HashMap<>();

    Ids(PackParser.Context context, String file) {
        this.context = context;
        this.file = file;
    }

    /** True if {@code id} is new; otherwise reports it. A null id (already reported) passes. */
    boolean add(String id, int line, String pointer) {
        if (id == null) {
            return true;
        }
        Integer first = seen.putIfAbsent(id, line);
        if (first != null) {
            context.problems.add(file, line, pointer, "pack.error.duplicateId", id, first);
            return false;
        }
        return true;
    }
}
