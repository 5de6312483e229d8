package org.amparo.training.internal;

import java.util.List;

/** Training content that cannot be used, with every problem found, described one per line. */
final class InvalidContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> problems;

    InvalidContentException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    /** {@code file pointer: reason} lines, in the order found. */
    List<String> problems() {
        return problems;
    }
}
