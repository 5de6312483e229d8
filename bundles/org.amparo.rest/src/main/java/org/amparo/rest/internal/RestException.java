package org.amparo.rest.internal;

import java.util.List;

import javax.ws.rs.WebApplicationException;

import org.amparo.common.FieldError;

/**
 * A failure the REST adapter itself detects (no session, CSRF mismatch, malformed JSON, body too
 * large ...). It is a {@link WebApplicationException} so that the JAX-RS runtime passes it to the
 * exception mappers unchanged wherever it is thrown (filters, readers, resources). Its Java message
 * is the error code only: never personal data.
 */
final class RestException extends WebApplicationException {
    private static final long serialVersionUID = 1L;
    private final transient ErrorCode error;
    private final transient List<FieldError> fields;
    private final transient List<Object> arguments;

    RestException(ErrorCode error, List<FieldError> fields, Object... arguments) {
        super(error.code(), null, error.status());
        this.error = error;
        this.fields = List.copyOf(fields);
        this.arguments = List.of(arguments);
    }

    RestException(ErrorCode error) {
        this(error, List.of());
    }

    ErrorCode error() {
        return error;
    }

    List<FieldError> fields() {
        return fields;
    }

    List<Object> arguments() {
        return arguments;
    }
}
