package org.amparo.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.amparo.audit.AuditEvent;
import org.amparo.audit.AuditLog;
import org.amparo.security.Session;
import org.amparo.security.SessionLookup;
import org.amparo.security.SessionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API's authentication rules, free of JAX-RS so that they can be tested as plain logic:
 * <ul>
 * <li>{@code GET health}, {@code GET openapi.json}, {@code POST session} and every {@code OPTIONS}
 * are public; everything else needs a session (new endpoints are protected by default);</li>
 * <li>the session comes from {@code Authorization: Bearer <token>} if that header is sent,
 * otherwise from the {@code AMPARO_SESSION} cookie shared with the web UI;</li>
 * <li>an unknown token gives 401 {@code notAuthenticated}, an expired one 401 {@code sessionExpired};</li>
 * <li>with the cookie, every unsafe method (anything but GET, HEAD, OPTIONS) must echo the session's
 * CSRF token in {@code X-CSRF-Token}, compared in constant time; a mismatch is audited
 * ({@code api.csrfRejected}) and refused with 403 {@code csrfRejected}. A Bearer header cannot be
 * forged by another site, so it needs no CSRF token.</li>
 * </ul>
 * Thread-safe.
 */
final class RequestAuthenticator {
    static final String COOKIE = "AMPARO_SESSION";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Logger LOG = LoggerFactory.getLogger(RequestAuthenticator.class);
    private static final String BEARER = "bearer ";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Set<String> PUBLIC = Set.of("GET health", "HEAD health", "GET openapi.json",
            "HEAD openapi.json", "POST session");

    /** What the authenticator needs from a request; header values may be null when absent. */
    record Credentials(String method, String path, String cookie, String authorization, String csrfToken) {
        @Override
        public String toString() {
            return "Credentials[" + method + " " + path + "]";
        }
    }

    /** An authenticated request: its session and how it was presented ({@code cookie} or {@code bearer}). */
    record Authentication(Session session, boolean bearer) {
    }

    private final SessionService sessions;
    private final AuditLog audit;

    RequestAuthenticator(SessionService sessions, AuditLog audit) {
        this.sessions = sessions;
        this.audit = audit;
    }

    /**
     * @return empty for a public endpoint, otherwise the authenticated session
     * @throws RestException 401 or 403 when the request may not proceed
     */
    Optional<Authentication> authenticate(Credentials request) {
        String method = request.method().toUpperCase(Locale.ROOT);
        if (isPublic(method, request.path())) {
            return Optional.empty();
        }
        String bearerToken = bearerToken(request.authorization());
        boolean bearer = bearerToken != null;
        String token = bearer ? bearerToken : blankToNull(request.cookie());
        if (token == null) {
            throw new RestException(ErrorCode.NOT_AUTHENTICATED);
        }
        SessionLookup lookup = sessions.find(token);
        if (lookup.state() == SessionLookup.State.EXPIRED) {
            throw new RestException(ErrorCode.SESSION_EXPIRED);
        }
        Session session = lookup.session().filter(s -> lookup.state() == SessionLookup.State.ACTIVE)
                .orElseThrow(() -> new RestException(ErrorCode.NOT_AUTHENTICATED));
        if (!bearer && !SAFE_METHODS.contains(method) && !sameSecret(session.csrfToken(), request.csrfToken())) {
            auditCsrfRejection(session, method, request.path());
            throw new RestException(ErrorCode.CSRF_REJECTED);
        }
        return Optional.of(new Authentication(session, bearer));
    }

    static boolean isPublic(String method, String path) {
        String upper = method.toUpperCase(Locale.ROOT);
        return "OPTIONS".equals(upper) || PUBLIC.contains(upper + " " + normalise(path));
    }

    /** {@code /users/ana/} and {@code users/ana} alike become {@code users/ana}. */
    static String normalise(String path) {
        String p = path == null ? "" : path.trim();
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Constant-time comparison; a missing value never matches. */
    static boolean sameSecret(String expected, String presented) {
        if (expected == null || presented == null || expected.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }

    /** The token of an {@code Authorization: Bearer <token>} header, or null for no or another scheme. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        return blankToNull(authorization.substring(BEARER.length()).trim());
    }

    private void auditCsrfRejection(Session session, String method, String path) {
        String detail = method + " /" + normalise(path);
        try {
            audit.record(AuditEvent.denied(session.user().username(), "api.csrfRejected", "",
                    detail.length() > 200 ? detail.substring(0, 200) : detail));
        } catch (RuntimeException e) {
            // the request is refused all the same; the audit store reports its own failure
            LOG.warn("A rejected CSRF token could not be audited ({})", e.getClass().getName());
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
