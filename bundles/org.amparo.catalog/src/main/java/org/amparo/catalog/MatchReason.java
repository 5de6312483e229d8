package org.amparo.catalog;

import java.util.List;

/**
 * One reason for a service's place in a match: a message key of bundle {@code catalog} with its arguments.
 *
 * @param key the message key, e.g. {@code catalog.match.ageOutsideRange}
 * @param arguments the message arguments, in order
 * @param effect how the reason weighs
 * @since 1.1
 */
public record MatchReason(String key, List<String> arguments, Effect effect) {
    /** How a reason weighs on a service's rank. */
    public enum Effect {
        /** In the service's favour (serves the area, speaks the language, eligible, open now). */
        FOR,
        /** Not known or to be checked; neither for nor against. */
        UNKNOWN,
        /** Against the service, without excluding it (closed now). */
        AGAINST,
        /** The service cannot serve the person. */
        EXCLUDES
    }

    public MatchReason {
        arguments = List.copyOf(arguments);
    }
}
