package org.amparo.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.amparo.audit.AuditOutcome;
import org.amparo.rest.internal.RequestAuthenticator.Authentication;
import org.amparo.rest.internal.RequestAuthenticator.Credentials;
import org.amparo.security.Role;
import org.amparo.security.Session;
import org.junit.jupiter.api.Test;

class RequestAuthenticatorTest {
    private final Session session = Fakes.session("cookie-token", "csrf-secret", Role.CASEWORKER);
    private final Fakes.Sessions sessions = new Fakes.Sessions().active(session).expired("old-token");
    private final Fakes.Audit audit = new Fakes.Audit();
    private final RequestAuthenticator authenticator = new RequestAuthenticator(sessions, audit);

    private Optional<Authentication> request(String method, String path, String cookie, String authorization, String csrf) {
        return authenticator.authenticate(new Credentials(method, path, cookie, authorization, csrf));
    }

    private static ErrorCode refusal(Runnable request) {
        try {
            request.run();
        } catch (RestException e) {
            return e.error();
        }
        throw new AssertionError("the request was let through");
    }

    @Test
    void healthOpenApiAndLogInArePublic() {
        assertThat(request("GET", "health", null, null, null)).isEmpty();
        assertThat(request("GET", "/openapi.json", null, null, null)).isEmpty();
        assertThat(request("POST", "session", null, null, null)).isEmpty();
        assertThat(request("OPTIONS", "users", null, null, null)).isEmpty();
    }

    @Test
    void everythingElseNeedsASessionIncludingLogOut() {
        assertThat(refusal(() -> request("GET", "me", null, null, null))).isEqualTo(ErrorCode.NOT_AUTHENTICATED);
        assertThat(refusal(() -> request("DELETE", "session", null, null, null))).isEqualTo(ErrorCode.NOT_AUTHENTICATED);
        assertThat(refusal(() -> request("GET", "users/", null, null, null))).isEqualTo(ErrorCode.NOT_AUTHENTICATED);
        assertThat(refusal(() -> request("POST", "health", null, null, null))).isEqualTo(ErrorCode.NOT_AUTHENTICATED);
        assertThat(refusal(() -> request("GET", "something-new", null, null, null))).isEqualTo(ErrorCode.NOT_AUTHENTICATED);
    }

    @Test
    void anUnknownTokenIs401AndAnExpiredOneSaysSo() {
        assertThat(refusal(() -> request("GET", "me", "forged", null, null))).isEqualTo(ErrorCode.NOT_AUTHENTICATED);
        assertThat(refusal(() -> request("GET", "me", "old-token", null, null))).isEqualTo(ErrorCode.SESSION_EXPIRED);
        assertThat(refusal(() -> request("GET", "me", null, "Bearer old-token", null))).isEqualTo(ErrorCode.SESSION_EXPIRED);
    }

    @Test
    void aCookieSessionReadsWithoutACsrfToken() {
        Optional<Authentication> result = request("GET", "me", "cookie-token", null, null);

        assertThat(result).hasValueSatisfying(a -> {
            assertThat(a.session()).isEqualTo(session);
            assertThat(a.bearer()).isFalse();
        });
    }

    @Test
    void aCookieSessionChangesNothingWithoutTheRightCsrfTokenAndTheAttemptIsAudited() {
        for (String method : new String[] { "POST", "PUT", "PATCH", "DELETE" }) {
            assertThat(refusal(() -> request(method, "users", "cookie-token", null, null))).as(method)
                    .isEqualTo(ErrorCode.CSRF_REJECTED);
        }
        assertThat(refusal(() -> request("POST", "users/bob/disable", "cookie-token", null, "csrf-secreT")))
                .isEqualTo(ErrorCode.CSRF_REJECTED);
        assertThat(refusal(() -> request("POST", "users", "cookie-token", null, ""))).isEqualTo(ErrorCode.CSRF_REJECTED);

        assertThat(audit.events).hasSize(6).allSatisfy(e -> {
            assertThat(e.action()).isEqualTo("api.csrfRejected");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.DENIED);
            assertThat(e.actor()).isEqualTo("ana");
            assertThat(e.detail()).doesNotContain("csrf-secret", "cookie-token");
        });
        assertThat(audit.events.get(4).detail()).isEqualTo("POST /users/bob/disable");
    }

    @Test
    void aCookieSessionWithTheRightCsrfTokenMayChangeThings() {
        assertThat(request("POST", "users", "cookie-token", null, "csrf-secret")).isPresent();
        assertThat(request("DELETE", "session", "cookie-token", null, "csrf-secret")).isPresent();
        assertThat(audit.events).isEmpty();
    }

    @Test
    void aBearerTokenNeedsNoCsrfTokenAndWinsOverTheCookie() {
        Optional<Authentication> result = request("POST", "users", "forged", "Bearer cookie-token", null);

        assertThat(result).hasValueSatisfying(a -> assertThat(a.bearer()).isTrue());
        assertThat(refusal(() -> request("POST", "users", "cookie-token", "Bearer forged", "csrf-secret")))
                .isEqualTo(ErrorCode.NOT_AUTHENTICATED);
    }

    @Test
    void onlyTheBearerSchemeIsATokenOtherAuthorizationHeadersFallBackToTheCookie() {
        assertThat(RequestAuthenticator.bearerToken("Bearer abc")).isEqualTo("abc");
        assertThat(RequestAuthenticator.bearerToken("bearer   abc ")).isEqualTo("abc");
        assertThat(RequestAuthenticator.bearerToken("Basic YW5hOnB3")).isNull();
        assertThat(RequestAuthenticator.bearerToken("Bearer ")).isNull();
        assertThat(RequestAuthenticator.bearerToken(null)).isNull();
        // a Basic header does not exempt a cookie session from CSRF
        assertThat(refusal(() -> request("POST", "users", "cookie-token", "Basic YW5hOnB3", null))).isEqualTo(ErrorCode.CSRF_REJECTED);
    }

    @Test
    void secretsAreComparedWholeAndAMissingOneNeverMatches() {
        assertThat(RequestAuthenticator.sameSecret("abc", "abc")).isTrue();
        assertThat(RequestAuthenticator.sameSecret("abc", "abcd")).isFalse();
        assertThat(RequestAuthenticator.sameSecret("abc", null)).isFalse();
        assertThat(RequestAuthenticator.sameSecret("", "")).isFalse();
    }

    @Test
    void aFailingAuditStoreStillRefusesTheRequest() {
        audit.failing = true;

        assertThatThrownBy(() -> request("POST", "users", "cookie-token", null, "wrong"))
                .isInstanceOfSatisfying(RestException.class, e -> assertThat(e.getResponse().getStatus()).isEqualTo(403));
    }
}
