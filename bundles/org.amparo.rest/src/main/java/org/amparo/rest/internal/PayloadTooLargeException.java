package org.amparo.rest.internal;

import java.io.IOException;

/**
 * Thrown by {@link LimitedInputStream} once a request body has gone past the limit. An
 * {@link IOException}, so that JSON parsers and the JAX-RS runtime pass it on as a read failure; the
 * error mapping finds it in the cause chain and replies 413.
 */
final class PayloadTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    PayloadTooLargeException(long limit) {
        super("request body larger than " + limit + " bytes");
    }
}
