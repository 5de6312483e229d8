package org.amparo.rest.internal;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.amparo.common.Messages;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Maps {@link WebApplicationException}s (the runtime's 404, 405, 415 ..., and the adapter's own
 * {@link RestException}) through {@link ErrorResponses}, keeping their status. A separate mapper
 * because CXF's built-in mapper for this type is more specific than an
 * {@code ExceptionMapper<Throwable>} and would otherwise answer with an empty body.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("amparo.httpErrors")
@JaxrsApplicationSelect(AmparoApplication.SELECT)
public final class HttpExceptionMapper implements ExceptionMapper<WebApplicationException> {
    private final ErrorResponses errors;

    /** Thread-local proxy to the current request's headers, injected by the JAX-RS runtime. */
    @Context
    private HttpHeaders headers;

    @Activate
    public HttpExceptionMapper(@Reference Messages messages) {
        this(new ErrorResponses(messages));
    }

    HttpExceptionMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
        return errors.toResponse(exception, errors.language(headers));
    }
}
