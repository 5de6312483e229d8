package org.amparo.itest.bundle;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.propertytypes.SatisfyingConditionTarget;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * An API endpoint of the referral module, {@code /api/v1/itest-referral}, registered into Amparo's
 * one JAX-RS application (whiteboard name {@code amparo}) as a module bundle's resources will be.
 * It waits for the application's authentication filter and JSON provider, so it answers only
 * signed-in users (the filter protects every path that is not explicitly public) and in JSON.
 * While the referral module is off the component is not satisfied, the whiteboard drops the
 * resource and the path answers 404.
 */
@Component(service = ReferralResource.class)
@SatisfyingConditionTarget(ReferralVisits.MODULE_CONDITION)
@JaxrsResource
@JaxrsApplicationSelect("(osgi.jaxrs.name=amparo)")
@JaxrsExtensionSelect({ "(osgi.jaxrs.name=amparo.auth)", "(osgi.jaxrs.name=amparo.json)" })
@Path("itest-referral")
public final class ReferralResource {
    private final ReferralVisits visits;

    @Activate
    public ReferralResource(@Reference ReferralVisits visits) {
        this.visits = visits;
    }

    /** The number of visits so far, and who is asking. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Reply count(@Context SecurityContext security) {
        return new Reply("referral", user(security), visits.count());
    }

    /** Records a visit by the signed-in user and answers the new count. */
    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Reply visit(@Context SecurityContext security) {
        String user = user(security);
        return new Reply("referral", user, visits.record(user));
    }

    private static String user(SecurityContext security) {
        // the application's filter has refused anonymous requests already; never answer without a user
        if (security == null || security.getUserPrincipal() == null) {
            throw new javax.ws.rs.NotAuthorizedException("Bearer");
        }
        return security.getUserPrincipal().getName();
    }

    /** The JSON reply, written by the application's Jackson provider. */
    public record Reply(String module, String user, long visits) {
    }
}
