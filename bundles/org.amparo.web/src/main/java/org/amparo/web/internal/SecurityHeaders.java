package org.amparo.web.internal;

import javax.servlet.http.HttpServletResponse;

/**
 * The headers every response of the web UI carries: a Content-Security-Policy that allows no
 * inline script or style and nothing from other origins, no MIME sniffing, no framing, no
 * referrer; and {@code Cache-Control: no-store} for generated pages, which may show personal data.
 */
final class SecurityHeaders {
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Sets the security headers; {@code noStore} for generated pages, false for static assets. */
    static void apply(HttpServletResponse response, boolean noStore) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (noStore) {
            response.setHeader("Cache-Control", "no-store");
        } else {
            response.setHeader("Cache-Control", "max-age=3600");
        }
    }
}
