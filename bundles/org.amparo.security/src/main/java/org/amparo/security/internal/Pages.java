package org.amparo.security.internal;

import java.util.ArrayList;
import java.util.List;

import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;

/** Checks the paging arguments of the {@code list} methods. */
final class Pages {
    static final int MAX_LIMIT = 500;

    private Pages() {
    }

    static void check(int offset, int limit) {
        List<FieldError> errors = new ArrayList<>();
        if (offset < 0) {
            errors.add(new FieldError("offset", "security.page.invalid", 0, Integer.MAX_VALUE));
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", "security.page.invalid", 1, MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
