package org.amparo.rest.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import com.fasterxml.jackson.databind.JsonNode;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtensionSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /api/v1/openapi.json}, public: the hand-written OpenAPI 3.0.3 description of the API,
 * read once from this bundle (a unit test keeps it in step with the resource classes).
 */
@Component(service = OpenApiResource.class)
@JaxrsResource
@JaxrsApplicationSelect(AmparoApplication.SELECT)
@JaxrsExtensionSelect(AmparoApplication.JSON_EXTENSION)
@Path("openapi.json")
public final class OpenApiResource {
    static final String DOCUMENT = "openapi.json";
    private final JsonNode document;

    public OpenApiResource() {
        this.document = load();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonNode document() {
        return document;
    }

    static JsonNode load() {
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document is missing from the bundle");
            }
            return JacksonJsonProvider.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("the OpenAPI document cannot be read", e);
        }
    }
}
