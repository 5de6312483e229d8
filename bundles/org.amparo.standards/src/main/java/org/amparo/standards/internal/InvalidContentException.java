package org.amparo.standards.internal;

import java.util.List;

/** Thrown when the library's content files have faults; the component does not start. */
final class InvalidContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ContentProblem> problems;

    InvalidContentException(List<ContentProblem> problems) {
        super(problems.size() + " problem(s) in the standards library content, first: " + problems.get(0));
        this.problems = List.copyOf(problems);
    }

    List<ContentProblem> problems() {
        return problems;
    }
}
