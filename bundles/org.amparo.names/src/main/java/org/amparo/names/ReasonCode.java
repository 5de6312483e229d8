package org.amparo.names;

import java.util.Locale;

/**
 * Why two registrations may be (or may not be) the same person. A user interface shows the
 * message {@link #messageKey()} with the {@link Reason#left()} and {@link Reason#right()} evidence.
 *
 * @since 1.0
 */
public enum ReasonCode {
    /** A name is written identically in both (ignoring case and spacing). */
    SAME_NAME(true),
    /** Names in different scripts or accents have the same Latin spelling. */
    SAME_TRANSLITERATION(true),
    /** Names correspond word for word by sound: spelling variants or transliterations. */
    PHONETIC_NAME(true),
    /** Names correspond word for word by similar spelling (typing errors, variants). */
    SIMILAR_SPELLING(true),
    /** The corresponding names have their words in another order. */
    WORD_ORDER(false),
    /** One of the corresponding names has words the other lacks (a middle name, a family name). */
    MISSING_NAME_PART(false),
    /** The same date of birth. */
    SAME_BIRTH_DATE(true),
    /** Dates of birth close enough for an estimate or a typing error. */
    CLOSE_BIRTH_DATE(true),
    /** Dates of birth too far apart for an estimate or a typing error. */
    DIFFERENT_BIRTH_DATE(false),
    /** The same nationality. */
    SAME_NATIONALITY(true),
    /** Different nationalities. */
    DIFFERENT_NATIONALITY(false);

    private final boolean supporting;

    ReasonCode(boolean supporting) {
        this.supporting = supporting;
    }

    /** Whether this reason speaks for the two being the same person (false: it qualifies or speaks against). */
    public boolean supporting() {
        return supporting;
    }

    /** The message key of its label, e.g. {@code names.reason.same-name}. */
    public String messageKey() {
        return "names.reason." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
