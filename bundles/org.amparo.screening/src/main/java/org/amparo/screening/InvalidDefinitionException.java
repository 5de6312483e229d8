package org.amparo.screening;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Instruments, lists, rules or additions that cannot be used, with every problem found.
 *
 * @since 1.0
 */
public class InvalidDefinitionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ScreeningProblem> problems;

    public InvalidDefinitionException(List<ScreeningProblem> problems) {
        super(problems.stream().map(ScreeningProblem::describe).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** The problems, in the order found. */
    public List<ScreeningProblem> problems() {
        return problems;
    }
}
