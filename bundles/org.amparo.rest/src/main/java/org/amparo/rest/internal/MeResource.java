package org.amparo.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.security.Organisation;
import org.amparo.security.OrganisationService;
import org.amparo.security.Session;
import org.amparo.security.User;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/** {@code GET /api/v1/me}: who the session belongs to, for any signed-in user. */
@Component(service = MeResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("me")
public final class MeResource {
    private final OrganisationService organisations;

    @Activate
    public MeResource(@Reference OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Dto.Me me(@Context SecurityContext security) {
        Session session = Access.session(security);
        User user = session.user();
        String organisationCode = organisations.find(user.organisationId()).map(Organisation::code).orElse(null);
        return new Dto.Me(user.username(), user.displayName(), user.organisationId(), organisationCode,
                Dto.roleNames(user.roles()), session.language(), Dto.iso(session.expiresAt()));
    }
}
