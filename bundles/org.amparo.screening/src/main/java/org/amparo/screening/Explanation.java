package org.amparo.screening;

import java.util.List;

/**
 * Why a result is what it is: which answers, which indicators with which grades, which rule, which
 * standard and clause — and what was missing.
 *
 * @param rule the id of the rule (or list rule, factor, rating scale) that produced the result
 * @param answers the answers the result rests on
 * @param indicators the indicators present, with their grades in the list concerned
 * @param basis the standards and clauses the rule rests on
 * @param because ids of other results this one rests on ({@code list:adult_labour}, {@code flag:...},
 *        {@code factor:...}, {@code dimension:adult_labour/exploitation})
 * @param missing ids of questions whose answers are unknown, declined or not yet given and that could
 *        change the result
 * @since 1.0
 */
public record Explanation(String rule, List<UsedAnswer> answers, List<UsedIndicator> indicators, List<Basis> basis,
        List<String> because, List<String> missing) {
    public Explanation {
        answers = List.copyOf(answers);
        indicators = List.copyOf(indicators);
        basis = List.copyOf(basis);
        because = List.copyOf(because);
        missing = List.copyOf(missing);
    }

    /** An answer a result rests on. */
    public record UsedAnswer(String question, Answer answer) {
    }

    /**
     * An indicator a result rests on.
     *
     * @param indicator the row id ({@code adult_labour/exploitation/excessive-hours})
     * @param labelKey message key of its label
     * @param grade its grade in that list, or {@code null} in an ungraded list
     * @param sourceConfidence how the row was checked ({@code A}–{@code D})
     * @param questions the questions whose answers show it
     */
    public record UsedIndicator(String indicator, String labelKey, Grade grade, String sourceConfidence,
            List<String> questions) {
        public UsedIndicator {
            questions = List.copyOf(questions);
        }
    }
}
