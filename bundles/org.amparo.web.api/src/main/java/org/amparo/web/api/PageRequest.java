package org.amparo.web.api;

import java.util.Optional;
import java.util.Set;

import org.amparo.common.LanguageTag;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What a {@link Page} gets from the shell: the request, the signed-in user and their language.
 *
 * @since 1.0
 */
@ProviderType
public interface PageRequest {
    /** {@code GET} or {@code POST}. */
    String method();

    /** The rest of the path after {@code /app/<page path>}, without a leading slash; may be empty. */
    String subPath();

    Optional<String> parameter(String name);

    /**
     * The file sent in field {@code name} of a {@code multipart/form-data} POST (the form needs
     * {@code enctype="multipart/form-data"}); empty when none was chosen.
     *
     * @since 1.1
     */
    default Optional<Upload> upload(String name) {
        return Optional.empty();
    }

    String username();

    String displayName();

    Set<String> roles();

    LanguageTag language();

    /** The text of {@code key} in the user's language. Not HTML-escaped. */
    String text(String key, Object... arguments);

    /** A hidden form field carrying the CSRF token; every POST form must include it. */
    String csrfField();
}
