package org.amparo.screening;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the engine needs besides the answers.
 *
 * @param ageGroup the age group to screen for (a person whose age is in doubt: {@link AgeGroup#CHILD})
 * @param exploitation the forms of exploitation whose lists are computed (usually both)
 * @param listVerification list id to whether a country administrator has checked the list against the
 *        official text; a list not named here keeps its {@link IndicatorList#verified()} state
 * @since 1.0
 */
public record DeterminationContext(AgeGroup ageGroup, Set<Exploitation> exploitation,
        Map<String, Boolean> listVerification) {
    public DeterminationContext {
        Objects.requireNonNull(ageGroup, "ageGroup");
        exploitation = exploitation.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(exploitation));
        listVerification = Map.copyOf(listVerification);
    }

    /** An adult, both forms of exploitation, lists as loaded. */
    public static DeterminationContext adult() {
        return new DeterminationContext(AgeGroup.ADULT, EnumSet.allOf(Exploitation.class), Map.of());
    }

    /** A child, both forms of exploitation, lists as loaded. */
    public static DeterminationContext child() {
        return new DeterminationContext(AgeGroup.CHILD, EnumSet.allOf(Exploitation.class), Map.of());
    }

    /** This context with list {@code listId} marked verified or not. */
    public DeterminationContext withVerified(String listId, boolean verified) {
        Map<String, Boolean> copy = new HashMap<>(listVerification);
        copy.put(listId, verified);
        return new DeterminationContext(ageGroup, exploitation, copy);
    }

    /** This context computing only the lists for {@code forms}. */
    public DeterminationContext onlyFor(Set<Exploitation> forms) {
        return new DeterminationContext(ageGroup, forms, listVerification);
    }

    /** Whether list {@code list} counts as verified. */
    public boolean verified(IndicatorList list) {
        return listVerification.getOrDefault(list.id(), list.verified());
    }
}
