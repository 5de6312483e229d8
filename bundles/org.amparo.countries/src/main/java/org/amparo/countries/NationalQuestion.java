package org.amparo.countries;

import java.util.List;

/**
 * A question a country adds to a core screening instrument. Every question also accepts "unknown"
 * and "declined to answer".
 *
 * @param id unique in the pack; what a screening record stores with the pack revision
 * @param instrument the core instrument it extends
 * @param textKey the question
 * @param helpKey guidance for the caseworker, or {@code null}
 * @param answerType {@code yes-no}, {@code single-choice}, {@code multiple-choice}, {@code text}, {@code number} or {@code date}
 * @param options the choices of a choice question (empty otherwise)
 * @param basis law or provision references
 * @param evidence what this rests on
 * @since 1.0
 */
public record NationalQuestion(String id, String instrument, String textKey, String helpKey, String answerType,
        List<Option> options, List<String> basis, Evidence evidence) {
    public NationalQuestion {
        options = List.copyOf(options);
        basis = List.copyOf(basis);
    }

    /** A choice. */
    public record Option(String id, String labelKey) {
    }
}
