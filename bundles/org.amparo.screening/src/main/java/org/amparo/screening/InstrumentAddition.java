package org.amparo.screening;

import java.util.List;
import java.util.Objects;

/**
 * What a country pack adds to one core instrument: questions (asked after the core ones), flags and
 * rules. Message keys start with {@code country.<cc>.}.
 *
 * @param country the pack's country code
 * @param revision the pack revision it comes from (what a screening stores)
 * @param instrument the id of the core instrument it extends
 * @param questions added questions
 * @param flags added flags
 * @param rules added rules (they may use core questions, flags and lists as well as their own)
 * @since 1.0
 */
public record InstrumentAddition(String country, String revision, String instrument, List<Question> questions,
        List<FlagDefinition> flags, List<Rule> rules) {
    public InstrumentAddition {
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(instrument, "instrument");
        questions = List.copyOf(questions);
        flags = List.copyOf(flags);
        rules = List.copyOf(rules);
    }

    /** {@code CC@revision}. */
    public String reference() {
        return country + "@" + revision;
    }
}
