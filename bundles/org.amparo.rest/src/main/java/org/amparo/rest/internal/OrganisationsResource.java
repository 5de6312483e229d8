package org.amparo.rest.internal;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.security.OrganisationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/organisations}: the organisations, ordered by code, for any signed-in user (staff
 * need them to address referrals; they hold no personal data). Not counted: {@code total} is null.
 */
@Component(service = OrganisationsResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("organisations")
public final class OrganisationsResource {
    private final OrganisationService organisations;

    @Activate
    public OrganisationsResource(@Reference OrganisationService organisations) {
        this.organisations = organisations;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Dto.PageOf<Dto.OrganisationView> list(@QueryParam("offset") String offset, @QueryParam("limit") String limit,
            @Context SecurityContext security) {
        Access.session(security);
        Paging paging = Paging.parse(offset, limit);
        return new Dto.PageOf<>(organisations.list(paging.offset(), paging.limit()).stream()
                .map(Dto.OrganisationView::of).toList(), paging.offset(), paging.limit(), null);
    }
}
