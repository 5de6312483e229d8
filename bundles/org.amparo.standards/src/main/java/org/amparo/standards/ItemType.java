package org.amparo.standards;

import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of text a library item is.
 *
 * @since 1.0
 */
public enum ItemType {
    /** A binding international instrument (a treaty, a protocol). */
    INSTRUMENT("instrument"),
    /** Guidance: a handbook, guidelines, a model. */
    GUIDANCE("guidance"),
    /** A set of principles for practice. */
    PRINCIPLE("principle"),
    /** A list of indicators. */
    INDICATOR_LIST("indicator-list"),
    /** A national law, section by section; from a country pack. */
    NATIONAL_LAW("national-law"),
    /** A national procedure (a referral pathway) whose steps are places of the platform; from a country pack. */
    NATIONAL_PROCEDURE("national-procedure"),
    /** Reading that a training module refers to. */
    TRAINING_REFERENCE("training-reference");

    private final String code;

    ItemType(String code) {
        this.code = code;
    }

    /** The code used in data files and URLs, e.g. {@code indicator-list}. */
    public String code() {
        return code;
    }

    /** The message key of the type's name, e.g. {@code standards.type.indicator-list}. */
    public String labelKey() {
        return "standards.type." + code;
    }

    /** The type with code {@code code}, if any. */
    public static Optional<ItemType> ofCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
