package org.amparo.screening;

import java.util.List;

/**
 * How a level's factors become a {@link Rating}: the weights of the risk factors present less the
 * weights of the protective factors present; {@link Rating#HIGH} from {@code highAt},
 * {@link Rating#MODERATE} from {@code moderateAt}, else {@link Rating#LOW}. A protective factor can
 * therefore only lower a rating, never raise it.
 *
 * @param moderateAt net weight from which a level is moderate
 * @param highAt net weight from which a level is high
 * @param basis what the scale rests on
 * @since 1.0
 */
public record RatingScale(int moderateAt, int highAt, List<Basis> basis) {
    public RatingScale {
        if (moderateAt < 1 || highAt < moderateAt) {
            throw new IllegalArgumentException("need 1 <= moderateAt <= highAt");
        }
        basis = List.copyOf(basis);
    }

    /** The rating of a net weight. */
    public Rating rate(int net) {
        return net >= highAt ? Rating.HIGH : net >= moderateAt ? Rating.MODERATE : Rating.LOW;
    }
}
