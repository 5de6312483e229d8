package org.amparo.web.api;

import java.util.Objects;

/**
 * What a page answers: HTML for the main area (status 200, or 4xx with an explanation), or a
 * redirect after a successful POST.
 *
 * @param status   HTTP status
 * @param html     the main content, already escaped with {@link Html}; empty for redirects
 * @param redirect target of a redirect ({@code /app/...}), or null
 * @since 1.0
 */
public record PageResult(int status, String html, String redirect) {
    public PageResult {
        Objects.requireNonNull(html, "html");
        if (redirect != null && !redirect.startsWith("/")) {
            throw new IllegalArgumentException("redirects stay on this site");
        }
    }

    public static PageResult ok(String html) {
        return new PageResult(200, html, null);
    }

    public static PageResult status(int status, String html) {
        return new PageResult(status, html, null);
    }

    public static PageResult redirect(String target) {
        return new PageResult(303, "", target);
    }
}
