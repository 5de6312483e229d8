package org.amparo.catalog;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One HSDS record as the catalogue holds it: every scalar field given at import, typed as the HSDS
 * schema says ({@link String}, {@link java.math.BigDecimal} or {@link Boolean}), in file order.
 *
 * @param resource the HSDS resource, e.g. {@code phones}
 * @param id its HSDS id
 * @param fields its fields, including {@code id}
 * @since 1.0
 */
public record HsdsRecord(String resource, String id, Map<String, Object> fields) {
    public HsdsRecord {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** A field as text, empty when absent. */
    public Optional<String> text(String field) {
        Object value = fields.get(field);
        if (value instanceof java.math.BigDecimal number) {
            return Optional.of(number.toPlainString());
        }
        return Optional.ofNullable(value).map(Object::toString);
    }
}
