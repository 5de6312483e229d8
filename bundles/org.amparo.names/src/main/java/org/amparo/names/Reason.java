package org.amparo.names;

import java.util.Objects;

/**
 * One reason in a {@link Match}, with its evidence: the values compared from the first and the
 * second person, e.g. {@code PHONETIC_NAME, "محمد علي", "Mohamed Ali"}, or
 * {@code CLOSE_BIRTH_DATE, "1990-03-04", "1990-04-03"} (ISO dates), or
 * {@code SAME_NATIONALITY, "SY", "SY"}.
 *
 * <p>The evidence is personal data, for the screen only: {@link #toString()} leaves it out, so a
 * reason that reaches a log shows only its code.
 *
 * @param code  what matched or differed
 * @param left  the value from the first person
 * @param right the value from the second person
 * @since 1.0
 */
public record Reason(ReasonCode code, String left, String right) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** The same reason seen from the other person's side. */
    public Reason mirrored() {
        return new Reason(code, right, left);
    }

    /** The code only; the evidence is personal data. */
    @Override
    public String toString() {
        return "Reason[" + code + "]";
    }
}
