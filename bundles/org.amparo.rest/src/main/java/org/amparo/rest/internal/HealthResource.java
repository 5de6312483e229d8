package org.amparo.rest.internal;

import java.util.concurrent.atomic.AtomicReference;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.amparo.persistence.Database;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/health}, public: {@code UP} with 200 when the database answers, {@code DOWN}
 * with 503 otherwise (also while no database service is registered at all, which is why the
 * reference is optional and dynamic). Says nothing about the database product: that is for
 * administrators, not the internet.
 */
@Component(service = HealthResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect(AmparoApplication.JSON_EXTENSION)
@Path("health")
public final class HealthResource {
    private static final Logger LOG = LoggerFactory.getLogger(HealthResource.class);
    private final AtomicReference<Database> database = new AtomicReference<>();
    private final String version;

    @Activate
    public HealthResource(BundleContext context) {
        this(context.getBundle().getVersion().toString());
    }

    HealthResource(String version) {
        this.version = version;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDatabase(Database db) {
        database.set(db);
    }

    void unbindDatabase(Database db) {
        database.compareAndSet(db, null);
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean up = databaseUp();
        String state = up ? "UP" : "DOWN";
        return Response.status(up ? 200 : 503)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new Dto.Health(state, state, version))
                .build();
    }

    private boolean databaseUp() {
        Database db = database.get();
        if (db == null) {
            return false;
        }
        try {
            db.product();
            return true;
        } catch (RuntimeException e) {
            // polled often by load balancers: the persistence layer logs the failure itself
            LOG.debug("Health check: database unavailable ({})", e.getClass().getName());
            return false;
        }
    }
}
