package org.amparo.rest.internal;

import javax.ws.rs.core.Application;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationBase;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The one JAX-RS application of Amparo, served at {@code /api/v1}. It holds nothing itself: every
 * resource and extension is its own component selecting {@code (osgi.jaxrs.name=amparo)}.
 *
 * <p>Registered as {@link Application}: the whiteboard only recognises applications by that
 * object class.
 */
@Component(service = Application.class)
@JaxrsName(AmparoApplication.NAME)
@JaxrsApplicationBase("api/v1")
public final class AmparoApplication extends Application {
    /** The application's whiteboard name. */
    static final String NAME = "amparo";
    /** The filter that resources and extensions use to select this application. */
    static final String SELECT = "(osgi.jaxrs.name=" + NAME + ")";
    /** The filters of the extensions that every protected resource waits for. */
    static final String AUTH_EXTENSION = "(osgi.jaxrs.name=amparo.auth)";
    static final String JSON_EXTENSION = "(osgi.jaxrs.name=amparo.json)";
}
