package org.amparo.rest.internal;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.amparo.common.AccessDeniedException;
import org.amparo.common.AmparoException;
import org.amparo.common.ConflictException;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Languages;
import org.amparo.common.Messages;
import org.amparo.common.NotFoundException;
import org.amparo.common.RedactedException;
import org.amparo.common.ValidationException;
import org.amparo.persistence.DuplicateKeyException;
import org.amparo.persistence.PersistenceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become replies: {@code {"error":{"code","message","fields":[...]}}}
 * with the right status, the message in the caller's language, and never a stack trace. An
 * unexpected failure gets a random incident id, which is both returned and logged with the
 * exception; the logged exception keeps only class names and stack frames, never messages, since
 * those can quote personal data. Thread-safe.
 */
final class ErrorResponses {
    static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");
    private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
    private static final int MAX_CAUSES = 16;

    private final Messages messages;
    private final BiConsumer<String, Throwable> incidents;

    ErrorResponses(Messages messages) {
        this(messages, (incident, redacted) -> LOG.error("Unexpected failure in the REST API, incident {}", incident, redacted));
    }

    /** @param incidents receives the incident id and the redacted exception of every unexpected failure */
    ErrorResponses(Messages messages, BiConsumer<String, Throwable> incidents) {
        this.messages = messages;
        this.incidents = incidents;
    }

    /** The reply language for an {@code Accept-Language} header value (null: English). */
    LanguageTag language(String acceptLanguage) {
        return Languages.fromAcceptLanguage(acceptLanguage, messages.languages()).orElse(LanguageTag.ENGLISH);
    }

    /** The language of the request being served, for mappers given thread-local headers by the runtime. */
    LanguageTag language(HttpHeaders headers) {
        if (headers == null) {
            return LanguageTag.ENGLISH;
        }
        try {
            return language(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        } catch (RuntimeException outsideARequest) {
            return LanguageTag.ENGLISH;
        }
    }

    Response toResponse(Throwable thrown, LanguageTag language) {
        Throwable cause = significant(thrown);
        if (cause instanceof RestException e) {
            return reply(e.error(), e.error().status(), message(language, e.error(), null, e.arguments()),
                    fields(language, e.fields()), null, language);
        }
        if (cause instanceof PayloadTooLargeException) {
            return reply(ErrorCode.PAYLOAD_TOO_LARGE, language);
        }
        if (cause instanceof ValidationException e) {
            return reply(ErrorCode.VALIDATION, 400, message(language, ErrorCode.VALIDATION, e, e.arguments()),
                    fields(language, e.errors()), null, language);
        }
        if (cause instanceof NotFoundException e) {
            return reply(ErrorCode.NOT_FOUND, e, language);
        }
        if (cause instanceof AccessDeniedException e) {
            return reply(ErrorCode.ACCESS_DENIED, e, language);
        }
        if (cause instanceof ConflictException e) {
            return reply(ErrorCode.CONFLICT, e, language);
        }
        if (cause instanceof DuplicateKeyException e) {
            return reply(ErrorCode.CONFLICT, e, language);
        }
        if (cause instanceof PersistenceException e) {
            // the persistence layer has logged the cause; the message key and SQL state are safe to show
            return reply(ErrorCode.UNAVAILABLE, e, language);
        }
        if (cause instanceof WebApplicationException e && e.getResponse() != null) {
            return fromStatus(e, language);
        }
        return incident(thrown, language);
    }

    private Response fromStatus(WebApplicationException e, LanguageTag language) {
        int status = e.getResponse().getStatus();
        ErrorCode error = switch (status) {
            case 400 -> ErrorCode.BAD_REQUEST;
            case 401 -> ErrorCode.NOT_AUTHENTICATED;
            case 403 -> ErrorCode.ACCESS_DENIED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 406 -> ErrorCode.NOT_ACCEPTABLE;
            case 409 -> ErrorCode.CONFLICT;
            case 413 -> ErrorCode.PAYLOAD_TOO_LARGE;
            case 415 -> ErrorCode.UNSUPPORTED_MEDIA_TYPE;
            case 503 -> ErrorCode.UNAVAILABLE;
            default -> status >= 400 && status < 500 ? ErrorCode.HTTP_ERROR : null;
        };
        if (error == null) {
            return incident(e, language); // 5xx from the runtime (e.g. no writer): a bug to investigate
        }
        String allow = status == 405 ? e.getResponse().getHeaderString(HttpHeaders.ALLOW) : null;
        return reply(error, status, message(language, error, null, List.of()), List.of(), null, language, allow);
    }

    private Response incident(Throwable thrown, LanguageTag language) {
        String incident = UUID.randomUUID().toString();
        incidents.accept(incident, RedactedException.of(thrown));
        return reply(ErrorCode.INTERNAL, 500, message(language, ErrorCode.INTERNAL, null, List.of(incident)), List.of(),
                incident, language);
    }

    private Response reply(ErrorCode error, LanguageTag language) {
        return reply(error, error.status(), message(language, error, null, List.of()), List.of(), null, language);
    }

    private Response reply(ErrorCode error, AmparoException e, LanguageTag language) {
        return reply(error, error.status(), message(language, error, e, e.arguments()), List.of(), null, language);
    }

    private Response reply(ErrorCode error, int status, String message, List<Dto.FieldMessage> fields, String incident,
            LanguageTag language) {
        return reply(error, status, message, fields, incident, language, null);
    }

    private Response reply(ErrorCode error, int status, String message, List<Dto.FieldMessage> fields, String incident,
            LanguageTag language, String allow) {
        Response.ResponseBuilder builder = Response.status(status)
                .type(JSON)
                .language(language.toLocale())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(new Dto.ErrorBody(new Dto.ErrorDetail(error.code(), message, fields, incident)));
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"amparo\"");
        }
        if (allow != null) {
            builder.header(HttpHeaders.ALLOW, allow);
        }
        return builder.build();
    }

    /** The exception's own message when some bundle defines its key, otherwise the code's generic text. */
    private String message(LanguageTag language, ErrorCode error, AmparoException e, List<Object> arguments) {
        if (e != null && messages.has(e.messageKey())) {
            return messages.get(language, e.messageKey(), e.arguments().toArray());
        }
        return messages.get(language, error.messageKey(), arguments.toArray());
    }

    private List<Dto.FieldMessage> fields(LanguageTag language, List<FieldError> errors) {
        return errors.stream()
                .map(f -> new Dto.FieldMessage(f.field(), f.messageKey(),
                        messages.get(language, f.messageKey(), f.arguments().toArray())))
                .toList();
    }

    /**
     * The exception that says what went wrong: the first of ours in the cause chain (the runtime
     * wraps what readers and filters throw), otherwise the exception itself.
     */
    private static Throwable significant(Throwable thrown) {
        Throwable cause = thrown;
        for (int i = 0; cause != null && i < MAX_CAUSES; i++, cause = cause.getCause()) {
            if (cause instanceof RestException || cause instanceof AmparoException
                    || cause instanceof PayloadTooLargeException) {
                return cause;
            }
        }
        return thrown;
    }
}
