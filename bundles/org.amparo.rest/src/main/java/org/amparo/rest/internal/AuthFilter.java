package org.amparo.rest.internal;

import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.HttpHeaders;

import org.amparo.audit.AuditLog;
import org.amparo.security.SessionService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Authenticates every matched request with {@link RequestAuthenticator}: puts the session into the
 * request (as the {@link SessionSecurityContext} and as property {@link #SESSION_PROPERTY}) or
 * aborts with 401/403. Post-matching, so that an unknown path still answers 404 and a wrong method
 * 405. Registered under its extension interface: the whiteboard ignores extensions that are not.
 */
@Component(service = ContainerRequestFilter.class)
@JaxrsExtension
@JaxrsName("amparo.auth")
@JaxrsApplicationSelect(AmparoApplication.SELECT)
public final class AuthFilter implements ContainerRequestFilter {
    /** Request property holding the {@link org.amparo.security.Session} of an authenticated request. */
    static final String SESSION_PROPERTY = "org.amparo.rest.session";

    private final RequestAuthenticator authenticator;

    @Activate
    public AuthFilter(@Reference SessionService sessions, @Reference AuditLog audit) {
        this.authenticator = new RequestAuthenticator(sessions, audit);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(RequestAuthenticator.COOKIE);
        RequestAuthenticator.Credentials credentials = new RequestAuthenticator.Credentials(request.getMethod(),
                request.getUriInfo().getPath(), cookie == null ? null : cookie.getValue(),
                request.getHeaderString(HttpHeaders.AUTHORIZATION), request.getHeaderString(RequestAuthenticator.CSRF_HEADER));
        authenticator.authenticate(credentials).ifPresent(authentication -> {
            boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
            request.setProperty(SESSION_PROPERTY, authentication.session());
            request.setSecurityContext(new SessionSecurityContext(authentication.session(), authentication.bearer(), secure));
        });
    }
}
