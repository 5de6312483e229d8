package org.amparo.web.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.amparo.common.FieldError;
import org.amparo.security.UserService;

/**
 * The checks the forms that create an account run before calling the security services (so
 * that every problem is shown next to its field at once), and the mapping of the services' own
 * field errors back to the form's fields.
 */
final class UserFields {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MAX_DISPLAY_NAME = 200;
    static final int MAX_PASSWORD = 256;

    private UserFields() {
    }

    /** A message key, or null if the user name is acceptable. */
    static String usernameError(String username) {
        if (username == null || username.isEmpty()) {
            return "web.form.required";
        }
        return USERNAME.matcher(username).matches() ? null : "web.users.error.username";
    }

    static String displayNameError(String displayName) {
        if (displayName == null || displayName.isBlank()) {
            return "web.form.required";
        }
        return displayName.length() > MAX_DISPLAY_NAME ? "web.users.error.displayName" : null;
    }

    static String passwordError(String password) {
        if (password == null || password.isEmpty()) {
            return "web.form.required";
        }
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            return "web.users.error.passwordShort";
        }
        return password.length() > MAX_PASSWORD ? "web.users.error.passwordLong" : null;
    }

    static String confirmationError(String password, String confirmation) {
        return password != null && password.equals(confirmation) ? null : "web.users.error.passwordMismatch";
    }

    /**
     * Which form field a service's field error belongs to: the same name, or a known alias
     * ({@code organisationId} is the organisation select); null when the form has no such field.
     */
    static String formField(FieldError error, Iterable<String> formFields) {
        Map<String, String> aliases = new LinkedHashMap<>();
        aliases.put("organisationId", "organisation");
        aliases.put("organisationName", "organisation");
        aliases.put("name", "displayName");
        String field = aliases.getOrDefault(error.field(), error.field());
        for (String candidate : formFields) {
            if (candidate.equals(field)) {
                return candidate;
            }
        }
        return null;
    }
}
