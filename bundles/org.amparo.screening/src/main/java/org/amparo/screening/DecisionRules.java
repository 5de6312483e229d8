package org.amparo.screening;

import java.util.List;
import java.util.Objects;

/**
 * How indicator lists are decided: when a dimension is met, and which dimensions together meet a
 * list. Data, not code, so that a corrected rule is a new version of a file.
 *
 * @param id e.g. {@code indicator-rules}
 * @param version {@code major.minor.patch}
 * @param lists one entry per group of lists sharing a rule
 * @since 1.0
 */
public record DecisionRules(String id, String version, List<ListRule> lists) {
    public DecisionRules {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        lists = List.copyOf(lists);
    }

    /**
     * The rule of some lists.
     *
     * @param id named in explanations
     * @param lists ids of the lists it applies to
     * @param thresholds a dimension is met when any one threshold is
     * @param outcome which met dimensions meet the list
     * @param basis what it rests on
     */
    public record ListRule(String id, List<String> lists, List<Threshold> thresholds, DimensionExpression outcome,
            List<Basis> basis) {
        public ListRule {
            lists = List.copyOf(lists);
            thresholds = List.copyOf(thresholds);
            basis = List.copyOf(basis);
        }
    }

    /**
     * At least {@code strong} strong, {@code medium} medium and {@code weak} weak indicators, and
     * beyond those at least {@code mediumOrWeak} more that are medium or weak, and at least
     * {@code any} indicators of any grade (for ungraded lists).
     */
    public record Threshold(int strong, int medium, int weak, int mediumOrWeak, int any) {
        public Threshold {
            if (strong < 0 || medium < 0 || weak < 0 || mediumOrWeak < 0 || any < 0
                    || strong + medium + weak + mediumOrWeak + any == 0) {
                throw new IllegalArgumentException("a threshold needs at least one indicator and no negative count");
            }
        }

        /** Whether these counts of present indicators meet the threshold. */
        public boolean metBy(int strongCount, int mediumCount, int weakCount, int anyCount) {
            return strongCount >= strong && mediumCount >= medium && weakCount >= weak
                    && (mediumCount - medium) + (weakCount - weak) >= mediumOrWeak && anyCount >= any;
        }
    }

    /** Dimensions combined: JSON {@code "dimension-id"}, {@code {"all": [...]}}, {@code {"any": [...]}}. */
    public sealed interface DimensionExpression {
        record Dimension(String id) implements DimensionExpression {
        }

        record AllOf(List<DimensionExpression> parts) implements DimensionExpression {
            public AllOf {
                parts = List.copyOf(parts);
            }
        }

        record AnyOf(List<DimensionExpression> parts) implements DimensionExpression {
            public AnyOf {
                parts = List.copyOf(parts);
            }
        }
    }
}
