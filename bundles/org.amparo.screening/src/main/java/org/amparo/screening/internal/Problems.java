package org.amparo.screening.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.amparo.screening.ScreeningProblem;

/** Problems found while reading definition files, capped per file so a broken file stays readable. */
final class Problems {
    static final int MAX_PER_FILE = 50;
    private final List<ScreeningProblem> all = new ArrayList<>();
    private final Map<String, Integer> perFile = new HashMap<>();

    void add(String file, int line, String field, String reasonKey, Object... arguments) {
        int count = perFile.merge(file, 1, Integer::sum);
        if (count <= MAX_PER_FILE) {
            List<String> args = new ArrayList<>();
            for (Object argument : arguments) {
                args.add(String.valueOf(argument));
            }
            all.add(new ScreeningProblem(file, line, field == null ? "" : field, reasonKey, args));
        } else if (count == MAX_PER_FILE + 1) {
            all.add(new ScreeningProblem(file, 0, "", "screening.error.tooMany", List.of(String.valueOf(MAX_PER_FILE))));
        }
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    List<ScreeningProblem> list() {
        return List.copyOf(all);
    }
}
