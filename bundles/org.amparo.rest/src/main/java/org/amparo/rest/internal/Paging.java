package org.amparo.rest.internal;

import java.util.ArrayList;
import java.util.List;

import org.amparo.common.FieldError;
import org.amparo.common.ValidationException;

/**
 * The {@code offset} and {@code limit} query parameters of a list endpoint, validated: offset a
 * whole number from 0, limit from {@link #MIN_LIMIT} to {@link #MAX_LIMIT}; defaults 0 and
 * {@link #DEFAULT_LIMIT}. Anything else is a 400 naming each wrong parameter (not JAX-RS's 404 for
 * an unconvertible parameter).
 */
record Paging(int offset, int limit) {
    static final int MIN_LIMIT = 1;
    static final int MAX_LIMIT = 500;
    static final int DEFAULT_LIMIT = 50;

    static Paging parse(String offset, String limit) {
        return parse(offset, limit, DEFAULT_LIMIT, MAX_LIMIT);
    }

    /** As {@link #parse(String, String)}, for an endpoint with its own default and largest page. */
    static Paging parse(String offset, String limit, int defaultLimit, int maxLimit) {
        List<FieldError> errors = new ArrayList<>();
        Integer o = parseInt(offset, 0);
        if (o == null || o < 0) {
            errors.add(new FieldError("offset", "rest.field.offset"));
        }
        Integer l = parseInt(limit, defaultLimit);
        if (l == null || l < MIN_LIMIT || l > maxLimit) {
            errors.add(new FieldError("limit", "rest.field.limit", MIN_LIMIT, maxLimit));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new Paging(o, l);
    }

    private static Integer parseInt(String text, int absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        String t = text.trim();
        if (!t.matches("-?[0-9]{1,10}")) {
            return null;
        }
        long value = Long.parseLong(t);
        return value > Integer.MAX_VALUE || value < Integer.MIN_VALUE ? null : (int) value;
    }
}
