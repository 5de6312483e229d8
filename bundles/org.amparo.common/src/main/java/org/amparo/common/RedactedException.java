package org.amparo.common;

/**
 * A copy of an exception chain that keeps each exception's class name and stack frames but drops
 * every message, so that an unexpected failure can be logged without the personal data a message
 * may quote (an input value, a database row). Log this instead of the original.
 *
 * @since 1.0
 */
public final class RedactedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private static final int MAX_CAUSES = 16;

    private RedactedException(String className, RedactedException cause) {
        super(className, cause, false, true);
    }

    /** The redacted copy of {@code thrown} and its causes (at most 16 deep). */
    public static RedactedException of(Throwable thrown) {
        return of(thrown, 0);
    }

    private static RedactedException of(Throwable thrown, int depth) {
        Throwable cause = thrown.getCause();
        RedactedException redactedCause = cause == null || cause == thrown || depth >= MAX_CAUSES ? null : of(cause, depth + 1);
        RedactedException redacted = new RedactedException(thrown.getClass().getName(), redactedCause);
        redacted.setStackTrace(thrown.getStackTrace());
        return redacted;
    }
}
