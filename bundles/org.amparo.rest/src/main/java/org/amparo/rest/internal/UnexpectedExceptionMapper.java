package org.amparo.rest.internal;

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
 * Maps every exception that is not a {@link javax.ws.rs.WebApplicationException} (Amparo's API
 * exceptions and anything unexpected) through {@link ErrorResponses}. Registered under
 * {@link ExceptionMapper}: the whiteboard ignores extensions that are not registered under their
 * extension interface.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("amparo.errors")
@JaxrsApplicationSelect(AmparoApplication.SELECT)
public final class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
    private final ErrorResponses errors;

    /** Thread-local proxy to the current request's headers, injected by the JAX-RS runtime. */
    @Context
    private HttpHeaders headers;

    @Activate
    public UnexpectedExceptionMapper(@Reference Messages messages) {
        this(new ErrorResponses(messages));
    }

    UnexpectedExceptionMapper(ErrorResponses errors) {
        this.errors = errors;
    }

    @Override
    public Response toResponse(Throwable exception) {
        return errors.toResponse(exception, errors.language(headers));
    }
}
