package org.amparo.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Serves the bundle folder {@code static} (style sheet, icon) at {@code /static/*} through the
 * HTTP Whiteboard's resource support.
 */
@Component(service = StaticResources.class)
@HttpWhiteboardResource(pattern = "/static/*", prefix = "/static")
public final class StaticResources {
}
