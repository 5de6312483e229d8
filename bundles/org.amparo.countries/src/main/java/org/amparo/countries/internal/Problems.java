package org.amparo.countries.internal;

import java.util.ArrayList;
import java.util.List;

import org.amparo.countries.PackProblem;

/** Problems found while reading a pack, capped per file so a broken 100,000-row file stays readable. */
final class Problems {
    static final int MAX_PER_FILE = 50;
    private final List<PackProblem> all = new ArrayList<>();
    private final java.util.Map<String, Integer> perFile = new java.util.HashMap<>();

    void add(String file, int line, String field, String reasonKey, Object... arguments) {
        int count = perFile.merge(file, 1, Integer::sum);
        if (count <= MAX_PER_FILE) {
            List<String> args = new ArrayList<>();
            for (Object argument : arguments) {
                args.add(String.valueOf(argument));
            }
            all.add(new PackProblem(file, line, field == null ? "" : field, reasonKey, args));
        } else if (count == MAX_PER_FILE + 1) {
            all.add(new PackProblem(file, 0, "", "pack.error.tooMany", List.of(String.valueOf(MAX_PER_FILE))));
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    List<PackProblem> list() {
        return List.copyOf(all);
    }
}
