package org.amparo.countries;

/**
 * Counts of what a pack carries.
 *
 * @since 1.0
 */
public record PackContents(int laws, int provisions, int pathways, int pathwaySteps, int questions, int hotlines,
        long divisions) {
    public static final PackContents NONE = new PackContents(0, 0, 0, 0, 0, 0, 0);
}
