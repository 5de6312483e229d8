package org.amparo.web.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shell's cookies, written as raw {@code Set-Cookie} headers so that every one carries
 * {@code HttpOnly; Secure; SameSite=Strict; Path=/} (the servlet 4 cookie API cannot express
 * SameSite), and read from the {@code Cookie} header without trusting its shape.
 */
final class Cookies {
    /** The session token of {@code SessionService}. */
    static final String SESSION = "AMPARO_SESSION";
    /** The language chosen with the language switch, kept for the next visit. */
    static final String LANGUAGE = "AMPARO_LANG";
    /** The pre-session CSRF token (double submit with the hidden form field). */
    static final String CSRF = "AMPARO_CSRF";

    /** Max-Age of the language cookie: one year. */
    static final long ONE_YEAR = 365L * 24 * 3600;
    /** No Max-Age: the cookie ends with the browser session. */
    static final long BROWSER_SESSION = -1;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Pattern VALUE = Pattern.compile("[A-Za-z0-9._~-]{0,256}");

    private Cookies() {
    }

    /** A {@code Set-Cookie} value; {@code maxAgeSeconds} negative for a browser-session cookie. */
    static String header(String name, String value, long maxAgeSeconds) {
        if (!NAME.matcher(name).matches() || !VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("cookie name or value outside the safe character set");
        }
        StringBuilder header = new StringBuilder(name).append('=').append(value).append("; Path=/");
        if (maxAgeSeconds >= 0) {
            header.append("; Max-Age=").append(maxAgeSeconds);
            if (maxAgeSeconds == 0) {
                header.append("; Expires=Thu, 01 Jan 1970 00:00:00 GMT");
            }
        }
        return header.append("; HttpOnly; Secure; SameSite=Strict").toString();
    }

    /** A {@code Set-Cookie} value that deletes the cookie. */
    static String clear(String name) {
        return header(name, "", 0);
    }

    /**
     * The first value of cookie {@code name} in the {@code Cookie} request header(s), if present
     * and made only of safe characters (anything else is treated as absent).
     */
    static Optional<String> read(Iterable<String> cookieHeaders, String name) {
        if (cookieHeaders == null) {
            return Optional.empty();
        }
        for (String header : cookieHeaders) {
            if (header == null) {
                continue;
            }
            for (String pair : header.split(";")) {
                int eq = pair.indexOf('=');
                if (eq <= 0 || !pair.substring(0, eq).trim().equals(name)) {
                    continue;
                }
                String value = pair.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                if (!value.isEmpty() && VALUE.matcher(value).matches()) {
                    return Optional.of(value);
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
