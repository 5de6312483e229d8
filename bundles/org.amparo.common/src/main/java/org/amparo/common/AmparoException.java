package org.amparo.common;

import java.util.List;
import java.util.Objects;

/**
 * Root of Amparo's unchecked exceptions. Each carries a message <em>key</em> and its arguments
 * rather than a sentence, so that every adapter (web page, REST reply, console) can show it in the
 * user's language. The Java message is the key followed by the arguments, for logs.
 *
 * <p>Arguments must never contain personal data: they end up in logs.
 *
 * @since 1.0
 */
public abstract class AmparoException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final List<Object> arguments;

    protected AmparoException(String messageKey, Object... arguments) {
        this(messageKey, null, arguments);
    }

    protected AmparoException(String messageKey, Throwable cause, Object... arguments) {
        super(Objects.requireNonNull(messageKey, "messageKey") + (arguments.length == 0 ? "" : " " + List.of(arguments)), cause);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    /** The message key naming what went wrong, e.g. {@code error.notFound}. */
    public String messageKey() {
        return messageKey;
    }

    /** Arguments for the message, in order; never personal data. */
    public List<Object> arguments() {
        return arguments;
    }
}
