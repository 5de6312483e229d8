package org.amparo.screening;

import java.util.List;

/**
 * One thing wrong with an instrument, indicator, rules or taxonomy file, or with a country pack's
 * screening additions.
 *
 * @param file the file, e.g. {@code amparo/screening/instruments/child-1.0.0.json}
 * @param line the line in that file, or 0 when the problem is about the file as a whole
 * @param field a JSON pointer ({@code /sections/0/questions/2/showIf}) or CSV column; may be empty
 * @param reasonKey message key of the reason (in this bundle's {@code screening} messages)
 * @param arguments the reason's arguments
 * @since 1.0
 */
public record ScreeningProblem(String file, int line, String field, String reasonKey, List<String> arguments) {
    public ScreeningProblem {
        arguments = List.copyOf(arguments);
    }

    /** {@code file:line field: reason}, with the reason in English; for logs and tests. */
    public String describe() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        if (field != null && !field.isEmpty()) {
            out.append(' ').append(field);
        }
        return out.append(": ").append(org.amparo.screening.internal.ProblemTexts.english(reasonKey, arguments))
                .toString();
    }
}
