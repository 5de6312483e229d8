package org.amparo.rest.internal;

import java.util.List;

import javax.ws.rs.core.SecurityContext;

import org.amparo.cases.Actor;
import org.amparo.common.FieldError;
import org.amparo.common.LanguageTag;
import org.amparo.common.Languages;
import org.amparo.common.Messages;
import org.amparo.common.ValidationException;
import org.amparo.security.User;

/**
 * What the case resources share: the {@link Actor} of a signed-in request, and the checks that only
 * the adapter can make (a body was sent, dates parse). The services decide everything else,
 * need-to-know included.
 */
final class CaseCalls {
    private CaseCalls() {
    }

    /** The signed-in user as the case services' actor; 401 without a session. */
    static Actor actor(SecurityContext security) {
        User user = Access.session(security).user();
        return new Actor(user.username(), user.organisationId(), user.roles());
    }

    /**
     * The language of the texts of a reply: the best match of {@code Accept-Language} among the
     * languages offered, else the session's language, else English.
     */
    static LanguageTag language(Messages messages, String acceptLanguage, SecurityContext security) {
        List<LanguageTag> offered = messages.languages();
        return Languages.fromAcceptLanguage(acceptLanguage, offered)
                .or(() -> Languages.supported(Access.session(security).language(), offered))
                .orElse(LanguageTag.ENGLISH);
    }

    /** The request body, or 400 {@code malformedJson} when none was sent. */
    static <T> T body(T body) {
        if (body == null) {
            throw new RestException(ErrorCode.MALFORMED_JSON);
        }
        return body;
    }

    /** Throws the collected field errors, if any. */
    static void check(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /**
     * The service's validation errors with {@code prefix} taken off their field names, for bodies
     * that are themselves what the service names by that prefix (a consent decision sent alone).
     */
    static ValidationException withoutPrefix(ValidationException e, String prefix) {
        return new ValidationException(e.errors().stream()
                .map(f -> f.field().startsWith(prefix)
                        ? new FieldError(f.field().substring(prefix.length()), f.messageKey(), f.arguments())
                        : f)
                .toList());
    }
}
