package org.amparo.rest.internal;

/**
 * Every {@code error.code} the API can reply with, its HTTP status and the message key of its
 * generic, localised explanation.
 */
enum ErrorCode {
    VALIDATION(400, "validation", "rest.error.validation"),
    MALFORMED_JSON(400, "malformedJson", "rest.error.malformedJson"),
    UNKNOWN_PROPERTY(400, "unknownProperty", "rest.error.unknownProperty"),
    INVALID_VALUE(400, "invalidValue", "rest.error.invalidValue"),
    BAD_REQUEST(400, "badRequest", "rest.error.badRequest"),
    NOT_AUTHENTICATED(401, "notAuthenticated", "rest.error.notAuthenticated"),
    SESSION_EXPIRED(401, "sessionExpired", "rest.error.sessionExpired"),
    BAD_CREDENTIALS(401, "badCredentials", "rest.error.badCredentials"),
    LOCKED(401, "locked", "rest.error.locked"),
    DISABLED(401, "disabled", "rest.error.disabled"),
    ACCESS_DENIED(403, "accessDenied", "rest.error.accessDenied"),
    CSRF_REJECTED(403, "csrfRejected", "rest.error.csrfRejected"),
    NOT_FOUND(404, "notFound", "rest.error.notFound"),
    METHOD_NOT_ALLOWED(405, "methodNotAllowed", "rest.error.methodNotAllowed"),
    NOT_ACCEPTABLE(406, "notAcceptable", "rest.error.notAcceptable"),
    CONFLICT(409, "conflict", "rest.error.conflict"),
    PAYLOAD_TOO_LARGE(413, "payloadTooLarge", "rest.error.payloadTooLarge"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupportedMediaType", "rest.error.unsupportedMediaType"),
    /** Any other HTTP error status raised by the JAX-RS runtime; the reply keeps that status. */
    HTTP_ERROR(400, "httpError", "rest.error.httpError"),
    INTERNAL(500, "internal", "rest.error.internal"),
    UNAVAILABLE(503, "unavailable", "rest.error.unavailable");

    private final int status;
    private final String code;
    private final String messageKey;

    ErrorCode(int status, String code, String messageKey) {
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
    }

    int status() {
        return status;
    }

    /** The value of {@code error.code} in the reply. */
    String code() {
        return code;
    }

    String messageKey() {
        return messageKey;
    }
}
