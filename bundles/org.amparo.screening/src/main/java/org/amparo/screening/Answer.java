package org.amparo.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One answer to one question. A given answer holds its values: {@code yes} or {@code no}; option
 * ids; a plain decimal number; an ISO date; or free text. "Unknown" and "declined" hold none, and
 * never count as an indicator or factor being present: the engine reports them as missing
 * information. {@link #toString()} leaves the values out (they may be personal data).
 *
 * @param status given, unknown or declined
 * @param values the values of a given answer (empty for the others; an empty multiple choice means
 *        "none of these")
 * @since 1.0
 */
public record Answer(Status status, List<String> values) {
    /** Whether the person answered. */
    public enum Status {
        GIVEN,
        UNKNOWN,
        DECLINED
    }

    /** The person or the caseworker does not know. */
    public static final Answer UNKNOWN = new Answer(Status.UNKNOWN, List.of());
    /** The person chose not to answer. */
    public static final Answer DECLINED = new Answer(Status.DECLINED, List.of());
    private static final Answer YES = new Answer(Status.GIVEN, List.of("yes"));
    private static final Answer NO = new Answer(Status.GIVEN, List.of("no"));

    public Answer {
        Objects.requireNonNull(status, "status");
        values = List.copyOf(values);
        if (status != Status.GIVEN && !values.isEmpty()) {
            throw new IllegalArgumentException("an answer that was not given has no values");
        }
    }

    public static Answer yes() {
        return YES;
    }

    public static Answer no() {
        return NO;
    }

    /** A choice answer: the selected option ids (none: "none of these"). */
    public static Answer of(String... optionIds) {
        return new Answer(Status.GIVEN, List.of(optionIds));
    }

    public static Answer number(BigDecimal value) {
        return new Answer(Status.GIVEN, List.of(value.toPlainString()));
    }

    public static Answer date(LocalDate value) {
        return new Answer(Status.GIVEN, List.of(value.toString()));
    }

    public static Answer text(String value) {
        return new Answer(Status.GIVEN, List.of(value));
    }

    /** Whether the person answered (neither unknown nor declined). */
    public boolean given() {
        return status == Status.GIVEN;
    }

    @Override
    public String toString() {
        return status == Status.GIVEN ? "Answer[GIVEN, " + values.size() + " value(s)]" : "Answer[" + status + "]";
    }
}
