package org.amparo.web.api;

import java.util.Set;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A page of the web UI, served at {@code /app/<path>} inside the shell's layout (header,
 * navigation, language switch). Implementations are DS components registered as {@code Page}.
 *
 * @since 1.0
 */
@ConsumerType
public interface Page {
    /** The path under {@code /app/}: lower-case words and dashes, e.g. {@code audit}. Unique. */
    String path();

    /** Message key of the page title and navigation label. */
    String titleKey();

    /** Position in the navigation; smaller comes first. */
    default int order() {
        return 100;
    }

    /**
     * Names of the roles (as in {@code org.amparo.security.Role}) that may open the page; empty
     * means every signed-in user.
     */
    default Set<String> roles() {
        return Set.of();
    }

    /** False for pages reached only by links (e.g. a detail page). */
    default boolean inNavigation() {
        return true;
    }

    /**
     * Renders the page's main content. The shell already shows the title (from
     * {@link #titleKey()}) as the page's {@code <h1>}; content starts at {@code <h2>}. A POST reaches
     * this only after the shell has checked the CSRF token.
     */
    PageResult handle(PageRequest request);
}
