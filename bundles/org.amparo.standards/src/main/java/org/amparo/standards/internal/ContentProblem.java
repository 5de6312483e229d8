package org.amparo.standards.internal;

import java.util.List;

/**
 * A fault in a content file: where ({@code file:line} and the JSON Pointer of the value) and what
 * (a message key with its arguments, English text in {@code standards.properties}).
 */
record ContentProblem(String file, int line, String pointer, String reasonKey, List<String> arguments) {
    ContentProblem {
        arguments = List.copyOf(arguments);
    }

    /** {@code palermo.json:12 /items/0/type: standards.problem.unknownType [treaty]}: what the log shows. */
    @Override
    public String toString() {
        return file + ":" + line + " " + (pointer.isEmpty() ? "/" : pointer) + ": " + reasonKey
                + (arguments.isEmpty() ? "" : " " + arguments);
    }
}
