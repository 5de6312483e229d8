package org.amparo.countries;

import java.time.LocalDate;
import java.util.List;

/**
 * A law and the provisions that matter for protection.
 *
 * @param id unique in the pack
 * @param title the official title, verbatim (not a message key)
 * @param titleLanguage language of the title
 * @param number the law's number, verbatim
 * @param date its date
 * @param dateKind {@code adopted}, {@code promulgated}, {@code published} or {@code in-force}
 * @param summaryKey a summary in the project's own words
 * @param evidence what this rests on
 * @param provisions key provisions
 * @since 1.0
 */
public record Law(String id, String title, String titleLanguage, String number, LocalDate date, String dateKind,
        String summaryKey, Evidence evidence, List<Provision> provisions) {
    public Law {
        provisions = List.copyOf(provisions);
    }

    /**
     * A provision.
     *
     * @param id unique within the law; referred to as {@code lawId#id}
     * @param topic {@code identification-authority}, {@code reflection-period}, {@code residence}, ...
     * @param citation the article or section, verbatim
     * @param summaryKey a summary in the project's own words
     * @param evidence what this rests on
     */
    public record Provision(String id, String topic, String citation, String summaryKey, Evidence evidence) {
    }
}
