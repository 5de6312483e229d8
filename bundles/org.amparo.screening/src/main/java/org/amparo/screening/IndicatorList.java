package org.amparo.screening;

import java.util.List;
import java.util.Objects;

/**
 * A list of indicators, e.g. the ILO/EC operational indicators of trafficking for adults and labour
 * exploitation, with the grade of every indicator in this list and where each row comes from.
 *
 * @param id e.g. {@code adult_labour}
 * @param scheme the prefix questions use to refer to its indicators, e.g. {@code ilo-ec}
 * @param version version of the data file
 * @param standard the id of the {@link Standard} it reproduces
 * @param ageGroup the age group it is for, or {@code null} for all
 * @param exploitation the form of exploitation it is for, or {@code null} for all
 * @param labelKey message key of its name
 * @param dimensions its dimensions, in order
 * @param indicators its indicators
 * @param verified whether its grades were checked against the official text; a result computed
 *        from an unverified list is indicative only
 * @param provenanceKey message key of the note on where the rows come from
 * @since 1.0
 */
public record IndicatorList(String id, String scheme, String version, String standard, AgeGroup ageGroup,
        Exploitation exploitation, String labelKey, List<Dimension> dimensions, List<Indicator> indicators,
        boolean verified, String provenanceKey) {
    public IndicatorList {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scheme, "scheme");
        dimensions = List.copyOf(dimensions);
        indicators = List.copyOf(indicators);
    }

    /** A dimension of the list, e.g. {@code deceptive_recruitment}. */
    public record Dimension(String id, String labelKey) {
    }

    /**
     * One row.
     *
     * @param id stable row id, {@code list/dimension/item}
     * @param dimension the dimension id
     * @param item the item id, the same in every list that has the item
     * @param labelKey message key of its label
     * @param grade its grade in this list, or {@code null} in an ungraded list
     * @param sourceConfidence how the row was checked: {@code A} against the official text, {@code B}
     *        two sources agree, {@code C} one source, {@code D} item plausible, grade not verified
     */
    public record Indicator(String id, String dimension, String item, String labelKey, Grade grade,
            String sourceConfidence) {
    }

    /** Whether this list applies to a screening for {@code group} looking at {@code forms}. */
    public boolean appliesTo(AgeGroup group, java.util.Set<Exploitation> forms) {
        return (ageGroup == null || ageGroup == group) && (exploitation == null || forms.contains(exploitation));
    }
}
