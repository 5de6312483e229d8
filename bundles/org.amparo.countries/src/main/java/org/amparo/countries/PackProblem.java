package org.amparo.countries;

import java.util.List;

/**
 * One reason a pack was refused.
 *
 * @param file the file inside the pack, e.g. {@code amparo/country/laws.json}
 * @param line the line in that file, or 0 when the problem is about the file as a whole
 * @param field a JSON pointer ({@code /laws/0/date}), a CSV column, or a manifest header; may be empty
 * @param reasonKey message key of the reason (in this bundle's {@code countries} messages)
 * @param arguments the reason's arguments, already quoted from the file where they come from it
 * @since 1.0
 */
public record PackProblem(String file, int line, String field, String reasonKey, List<String> arguments) {
    public PackProblem {
        arguments = List.copyOf(arguments);
    }

    /** {@code file:line field: reason}, with the reason in English; for build logs and tests. */
    public String describe() {
        return location() + ": " + org.amparo.countries.internal.ProblemTexts.english(reasonKey, arguments);
    }

    /** {@code file:line field}. */
    public String location() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
        }
        if (field != null && !field.isEmpty()) {
            out.append(' ').append(field);
        }
        return out.toString();
    }
}
