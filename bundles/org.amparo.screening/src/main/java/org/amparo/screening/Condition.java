package org.amparo.screening;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A condition over answers and results, as written in an instrument file: a question's
 * {@code showIf}, a factor's or rule's {@code when}. Evaluated with three values: an answer that is
 * unknown, declined or missing makes a condition on it undetermined, never true. There is
 * deliberately no negation: "absent" is asked as an answer ({@code "is": "no"}), so that missing
 * information can never count as present.
 *
 * @since 1.0
 */
public sealed interface Condition {

    /** JSON {@code {"answer": q, "is": v}} or {@code "is": [v1, v2]}: the answer holds one of {@code values}. */
    record AnswerIs(String question, List<String> values) implements Condition {
        public AnswerIs {
            Objects.requireNonNull(question, "question");
            values = List.copyOf(values);
        }
    }

    /** JSON {@code {"answer": q, "atLeast": n}}: a number answer of at least {@code minimum}. */
    record AnswerAtLeast(String question, BigDecimal minimum) implements Condition {
        public AnswerAtLeast {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(minimum, "minimum");
        }
    }

    /** JSON {@code {"all": [...]}}. */
    record All(List<Condition> conditions) implements Condition {
        public All {
            conditions = List.copyOf(conditions);
        }
    }

    /** JSON {@code {"any": [...]}}. */
    record Any(List<Condition> conditions) implements Condition {
        public Any {
            conditions = List.copyOf(conditions);
        }
    }

    /** JSON {@code {"count": n, "of": [...]}}: at least {@code minimum} of the conditions. */
    record Count(int minimum, List<Condition> conditions) implements Condition {
        public Count {
            conditions = List.copyOf(conditions);
        }
    }

    /** JSON {@code {"flag": id}}: another rule raised the flag. */
    record FlagRaised(String flag) implements Condition {
        public FlagRaised {
            Objects.requireNonNull(flag, "flag");
        }
    }

    /** JSON {@code {"factor": id}}: a vulnerability factor is present. */
    record FactorPresent(String factor) implements Condition {
        public FactorPresent {
            Objects.requireNonNull(factor, "factor");
        }
    }

    /** JSON {@code {"listMet": [ids]}}: the indicator outcome of one of the lists is met. */
    record ListMet(List<String> lists) implements Condition {
        public ListMet {
            lists = List.copyOf(lists);
        }
    }

    /** JSON {@code {"ageGroup": "child"}}: the screening is run for this age group. */
    record AgeGroupIs(AgeGroup ageGroup) implements Condition {
        public AgeGroupIs {
            Objects.requireNonNull(ageGroup, "ageGroup");
        }
    }
}
