package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;
import org.amparo.security.AuthenticationResult;
import org.amparo.security.Authenticator;
import org.amparo.security.Session;
import org.amparo.security.SessionService;
import org.amparo.security.User;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code POST /api/v1/session} logs in (public) with the same accounts and sessions as the web UI:
 * the session token goes into the {@code AMPARO_SESSION} cookie (HttpOnly, Secure, SameSite=Strict)
 * and the CSRF token into the reply, for scripts to echo in {@code X-CSRF-Token}. The attempt is
 * audited by the {@link Authenticator} (channel {@code api}). {@code DELETE /api/v1/session} logs
 * out (SessionService audits it as {@code auth.logout}).
 */
@Component(service = SessionResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("session")
public final class SessionResource {
    static final String CHANNEL = "api";
    static final int MAX_PASSWORD = 1024;
    private static final String COOKIE_ATTRIBUTES = "; Path=/; HttpOnly; Secure; SameSite=Strict";

    private final Authenticator authenticator;
    private final SessionService sessions;

    @Activate
    public SessionResource(@Reference Authenticator authenticator, @Reference SessionService sessions) {
        this.authenticator = authenticator;
        this.sessions = sessions;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response logIn(Dto.LoginRequest body) {
        char[] password = body == null ? null : body.password();
        try {
            validate(body);
            AuthenticationResult result = authenticator.authenticate(body.username().trim(), password, CHANNEL);
            if (!result.succeeded()) {
                throw new RestException(switch (result.status()) {
                    case LOCKED -> ErrorCode.LOCKED;
                    case DISABLED -> ErrorCode.DISABLED;
                    default -> ErrorCode.BAD_CREDENTIALS;
                });
            }
            User user = result.user().orElseThrow();
            Session session = sessions.open(user);
            return Response.status(Response.Status.CREATED)
                    .header(HttpHeaders.SET_COOKIE, sessionCookie(session.token()))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(new Dto.Login(user.username(), user.displayName(), Dto.roleNames(user.roles()), session.csrfToken()))
                    .build();
        } finally {
            if (password != null) {
                Arrays.fill(password, '\0');
            }
        }
    }

    @DELETE
    public Response logOut(@Context SecurityContext security) {
        Session session = Access.session(security);
        sessions.close(session.token());
        // SessionService.close audits auth.logout itself.
        return Response.noContent().header(HttpHeaders.SET_COOKIE, expiredCookie()).build();
    }

    static String sessionCookie(String token) {
        return RequestAuthenticator.COOKIE + "=" + token + COOKIE_ATTRIBUTES;
    }

    static String expiredCookie() {
        return RequestAuthenticator.COOKIE + "=" + COOKIE_ATTRIBUTES + "; Max-Age=0";
    }

    private static void validate(Dto.LoginRequest body) {
        List<FieldError> errors = new ArrayList<>();
        if (body == null || body.username() == null || body.username().isBlank()) {
            errors.add(new FieldError("username", "rest.field.required"));
        }
        if (body == null || body.password() == null || body.password().length == 0) {
            errors.add(new FieldError("password", "rest.field.required"));
        } else if (body.password().length > MAX_PASSWORD) {
            errors.add(new FieldError("password", "rest.field.tooLong", MAX_PASSWORD));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
