package org.amparo.screening;

import java.util.Objects;

/**
 * What a question, factor or rule rests on.
 *
 * @param standard id of a {@link Standard} ({@code palermo-tip-2000}), or for a country pack's
 *        additions {@code <CC>:<law reference>} ({@code XA:law-1#non-punishment})
 * @param clause the article, clause or part cited, verbatim ({@code art. 6(3)(a)}), or {@code null}
 * @since 1.0
 */
public record Basis(String standard, String clause) {
    public Basis {
        Objects.requireNonNull(standard, "standard");
    }
}
