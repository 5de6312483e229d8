package org.amparo.rest.internal;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.ValidationException;
import org.amparo.standards.PublicReading;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code /api/v1/library/public-reading}: whether the library is open, read-only, to people without
 * an account, and who decided it. Any signed-in user may read the setting; only a country
 * administrator may change it ({@link PublicReading} enforces it and audits, refusals included). A
 * component of its own, on {@link PublicReading} only: the setting is not tied to the library
 * module, so it stays readable and changeable while the library is switched off.
 */
@Component(service = PublicReadingResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect({ AmparoApplication.JSON_EXTENSION, AmparoApplication.AUTH_EXTENSION })
@Path("library/public-reading")
public final class PublicReadingResource {
    private final PublicReading reading;

    @Activate
    public PublicReadingResource(@Reference PublicReading reading) {
        this.reading = reading;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public LibraryDto.PublicReadingView get(@Context SecurityContext security) {
        Access.session(security);
        return LibraryDto.PublicReadingView.of(reading.setting());
    }

    /** Opens ({@code true}) or closes the library to people without an account; country administrators only. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public LibraryDto.PublicReadingView set(LibraryDto.PublicReadingRequest body, @Context SecurityContext security) {
        Actor actor = CaseCalls.actor(security);
        Boolean open = CaseCalls.body(body).open();
        if (open == null) {
            throw ValidationException.of("open", "rest.field.required");
        }
        return LibraryDto.PublicReadingView.of(reading.setPublic(actor, open));
    }
}
