package org.amparo.web.api;

import java.util.Objects;

/**
 * What a page answers: HTML for the main area (status 200, or 4xx with an explanation), a
 * redirect after a successful POST, or a file to download.
 *
 * @param status   HTTP status
 * @param html     the main content, already escaped with {@link Html}; empty for redirects
 * @param redirect target of a redirect ({@code /app/...}), or null
 * @param download a file to send instead of a page, or null (since 1.1)
 * @since 1.0
 */
public record PageResult(int status, String html, String redirect, Download download) {
    public PageResult(int status, String html, String redirect) {
        this(status, html, redirect, null);
    }

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

    /** A file to download, status 200. @since 1.1 */
    public static PageResult download(Download file) {
        return new PageResult(200, "", null, Objects.requireNonNull(file, "file"));
    }
}
